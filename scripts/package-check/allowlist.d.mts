/** Every file the published tarball holds, but the shared declaration chunks. */
export const SHIPPED_FILES: readonly string[];
/** The shared declaration chunks' names. */
export const SHARED_DECLARATIONS: RegExp;
/** Install-time lifecycle scripts. */
export const INSTALL_SCRIPTS: readonly string[];
/** Fields that make npm install other packages. */
export const DEPENDENCY_FIELDS: readonly string[];

// The API report of each entry point, by @microsoft/api-extractor 7.x: every export with its
// declaration, committed under etc/api/ so that a change to the public surface shows in review and
// `npm test` fails until it is accepted (`npm run contract -- --write`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { ENTRY_POINTS } from '../entry-points.mjs';

const root = resolve(import.meta.dirname, '../..');

/** The entry points (scripts/entry-points.mjs). */
export const ENTRIES = ENTRY_POINTS;

/** The report file of an entry point under etc/api/. */
export const reportFile = (entry) => join(root, 'etc/api', `${entry === 'index' ? 'ukraine-energy-strikes' : entry}.api.md`);

/**
 * Runs api-extractor on `dist/<entry>.d.ts`. With `write`, it updates the committed report (a
 * local build); without, it fails if the report would change. Returns { changed, errors }.
 */
export function extract(entry, { write = false } = {}) {
  const temp = mkdtempSync(join(tmpdir(), 'ues-api-'));
  const errors = [];
  try {
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: root,
        mainEntryPointFilePath: `<projectFolder>/dist/${entry}.d.ts`,
        compiler: {
          overrideTsconfig: {
            compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', types: [], skipLibCheck: false },
            files: [`dist/${entry}.d.ts`],
          },
        },
        apiReport: {
          enabled: true,
          reportFileName: reportFile(entry).split('/').pop(),
          reportFolder: '<projectFolder>/etc/api/',
          reportTempFolder: temp,
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          compilerMessageReporting: { default: { logLevel: 'error' } },
          // Release tags (@public, @beta) are not used: everything exported is public.
          extractorMessageReporting: {
            default: { logLevel: 'error' },
            'ae-missing-release-tag': { logLevel: 'none' },
            // Types reached only through an export (a helper's parameter type) appear in the report
            // all the same; TypeDoc's validation already requires that every such type is documented.
            'ae-forgotten-export': { logLevel: 'none' },
            // Documentation and its {@link}s are TypeDoc's to check (npm run docs, warnings as errors).
            'ae-undocumented': { logLevel: 'none' },
            'ae-unresolved-link': { logLevel: 'none' },
          },
          // TypeDoc reads the comments (@group and the other TypeDoc tags are not TSDoc's).
          tsdocMessageReporting: { default: { logLevel: 'none' } },
        },
      },
      configObjectFullPath: join(root, 'api-extractor.json'),
      packageJsonFullPath: join(root, 'package.json'),
    });
    const result = Extractor.invoke(config, {
      localBuild: write,
      messageCallback: (message) => {
        if (message.logLevel === 'error' || message.logLevel === 'warning') errors.push(message.formatMessageWithLocation?.(root) ?? message.text);
        message.handled = true;
      },
    });
    return { changed: result.apiReportChanged, errors: result.succeeded ? errors : [...errors, ...(errors.length ? [] : ['api-extractor failed'])] };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

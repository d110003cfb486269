// @ts-check
/**
 * TypeDoc plugin: show a function's type-parameter constraints and defaults as they are written.
 *
 * For call signatures TypeDoc 0.28 converts type parameters from `ts.TypeParameter` objects and
 * asks for `param.getConstraint()`, which TypeScript implements as `checker.getBaseConstraintOfType`:
 * the constraint resolved all the way down (`ActorId<A>` → `string`, `Article` → `Article<ArticleRecords>`).
 * Here we convert the declaration's own `constraint` / `default` type nodes instead.
 */
import { Converter, TypeScript as ts } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_TYPE_PARAMETER, (context, reflection, node) => {
    if (node) return; // converted from the declaration node already: constraint is as written
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.find(ts.isTypeParameterDeclaration);
    if (!declaration) return;
    const scope = context.withScope(reflection);
    if (declaration.constraint) reflection.type = context.converter.convertType(scope, declaration.constraint);
    if (declaration.default) reflection.default = context.converter.convertType(scope, declaration.default);
  });
}

// The W3C Web Annotation Data Model test suite (vendor/web-annotation-tests, unmodified), run over
// toWebAnnotations for every article the package ships or shows. Each assertion file is a draft-04
// JSON Schema; the suite's .test files list them, each marked must, should or may. A MUST that fails
// fails the test. SHOULD and MAY assertions are reported as a list, pinned below, so that adding or
// losing one is a visible change. The suite validates one annotation as its own document (with
// its @context, as an annotation alone is served), and pages as a collection with the page embedded.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toWebAnnotations } from '../../src/export/web-annotation.js';
import { everyArticle } from '../examples/all.js';
import { Ajv04, addFormats } from '../support/ajv.js';

const suite = join(import.meta.dirname, '../../vendor/web-annotation-tests');
const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(suite, path), 'utf8'));

interface Assertion {
  readonly file: string;
  readonly level: 'must' | 'should' | 'may';
  readonly check: (document: unknown) => boolean;
}

function load(): (testFile: string) => Assertion[] {
  // The suite's schemas use keywords of their own (assertionType, errorMessage, …): not strict.
  const ajv = new Ajv04({ strict: false });
  addFormats(ajv);
  for (const file of readdirSync(join(suite, 'definitions'))) ajv.addSchema(read(join('definitions', file)));
  return (testFile) =>
    (read(testFile)['assertions'] as string[]).map((file) => {
      const schema = read(file);
      const check = ajv.getSchema(String(schema['id'])) ?? ajv.compile(schema);
      return { file, level: schema['assertionType'] as Assertion['level'], check: (d) => check(d) === true };
    });
}

const assertions = load();
const json = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value));

/** Each of the documents the suite checks for one article: the annotations alone, the collection, the page in it. */
async function documents() {
  return (await everyArticle()).map(([name, article]) => {
    const collection = json(toWebAnnotations(article));
    const page = collection['first'] as { items: Record<string, unknown>[] } | undefined;
    const annotations = (page?.items ?? []).map((a) => ({ '@context': collection['@context'], ...a }));
    // The page alone too: run over the collection, the page assertions check the collection object,
    // and those about partOf pass whatever the page says.
    const pageAlone = { '@context': collection['@context'], ...page };
    return { name, collection, annotations, pageAlone, hasPage: page !== undefined };
  });
}

const failing = (list: readonly Assertion[], docs: readonly unknown[]) => list.filter((a) => docs.some((d) => !a.check(d))).map((a) => a.file);

describe('the W3C Web Annotation test suite over toWebAnnotations', () => {
  it('loads the suite: 54 annotation, 10 collection and 15 page MUST assertions', () => {
    const musts = ['annotations/annotationMusts.test', 'collections/collectionMusts.test', 'collections/pages/pageMusts.test'];
    expect(musts.map((f) => assertions(f).length)).toEqual([54, 10, 15]);
    expect(musts.flatMap(assertions).every((a) => a.level === 'must')).toBe(true);
  });

  it('can fail: an annotation without a target, a collection without a type, a page with a text startIndex', () => {
    const [annotation] = assertions('annotations/annotationMusts.test').filter((a) => a.file.includes('targetKeyFound'));
    expect(annotation?.check({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x', type: 'Annotation', body: 'x' })).toBe(false);
    expect(failing(assertions('collections/collectionMusts.test'), [{ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x' }])).toContain(
      'collections/5.1-collectionTypeValidated.json',
    );
    const page = { type: 'AnnotationPage', id: 'urn:p', startIndex: 'zero', items: [] };
    expect(failing(assertions('collections/pages/pageMusts.test'), [{ '@context': 'http://www.w3.org/ns/anno.jsonld', ...page }])).not.toEqual([]);
  });

  it('every annotation of every article passes every MUST assertion for annotations', async () => {
    const musts = assertions('annotations/annotationMusts.test');
    for (const { name, annotations } of await documents()) {
      expect(annotations.length, name).toBeGreaterThan(0);
      expect(failing(musts, annotations), name).toEqual([]);
    }
  });

  it('every collection passes every MUST assertion for collections, and its page those for pages', async () => {
    const collectionMusts = assertions('collections/collectionMusts.test');
    const pageMusts = assertions('collections/pages/pageMusts.test');
    for (const { name, collection, pageAlone, hasPage } of await documents()) {
      expect(failing(collectionMusts, [collection]), name).toEqual([]);
      expect(hasPage, name).toBe(true);
      expect(failing(pageMusts, [collection]), name).toEqual([]);
      expect(failing(pageMusts, [pageAlone]), name).toEqual([]);
    }
  });

  it('the page assertions, run on the page alone, catch a broken partOf', async () => {
    const pageAlone = (await documents())[0]!.pageAlone as Record<string, unknown>;
    const broken = { ...pageAlone, partOf: { ...(pageAlone['partOf'] as object), total: -5, label: 7 } };
    expect(failing(assertions('collections/pages/pageMusts.test'), [broken])).toEqual(
      expect.arrayContaining(['collections/pages/5.2-pageTotalValidated.json', 'collections/pages/5.2-pageLabelValidated.json']),
    );
  });

  it('meets the SHOULD assertions the model can honestly meet; those it cannot are these', async () => {
    const shoulds = assertions('annotations/annotationOptionals.test').filter((a) => a.level === 'should');
    const { annotations } = (await documents())[0]!;
    // No creator or creation time: the model does not record who made an article's records or when,
    // and an exporter cannot know. conformsTo is asked of FragmentSelectors, which the export has none of.
    expect(failing(shoulds, annotations)).toEqual([
      'annotations/3.3.1-annotationSingleCreatorImplemented.json',
      'annotations/3.3.1-annotationCreatedImplemented.json',
      'annotations/bodiesTargets/3.3.1-bodySingleCreator.json',
      'annotations/bodiesTargets/3.3.1-bodyCreated.json',
      'annotations/bodiesTargets/3.3.1-targSingleCreator.json',
      'annotations/bodiesTargets/3.3.1-targCreated.json',
      'annotations/specificResource/4.2.1-conformsTo.json',
    ]);
    const met = shoulds.filter((a) => annotations.every((d) => a.check(d))).map((a) => a.file);
    expect(met).toEqual(
      expect.arrayContaining([
        'annotations/bodiesTargets/3.2.1-bodySingleLanguage.json',
        'annotations/bodiesTargets/3.2.1-targSingleFormat.json',
        'annotations/bodiesTargets/3.2.1-targSingleLanguage.json',
        'annotations/specificResource/4.2.4-prefix.json',
        'annotations/specificResource/4.2.4-suffix.json',
      ]),
    );
  });

  it('meets the SHOULD assertions for collections and pages', async () => {
    const { collection } = (await documents())[0]!;
    for (const file of ['collections/collectionOptionals.test', 'collections/pages/pageOptionals.test']) {
      const shoulds = assertions(file).filter((a) => a.level === 'should');
      expect(shoulds.length, file).toBeGreaterThan(0);
      expect(failing(shoulds, [collection]), file).toEqual([]);
    }
  });
});

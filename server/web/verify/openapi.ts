/** The OpenAPI description of /api/verify and of the citations every quote answer carries. */
import { MAX_VERIFY_LENGTH } from '../../search/verify/input.ts';
import { MAX_VERIFY_MATCHES } from './params.ts';

const VERDICTS = ['exact', 'close', 'paraphrase'];
const DESCRIPTION = `Checks a remembered line against every quote: candidates are found through the search engine, then compared word by word. "…" or "..." splits the line into parts that must appear in order; a trailing "— Name" (or the speaker parameter) is checked against who said it.`;

export function verifyPaths(error: unknown) {
  const params = [
    { name: 'text', in: 'query', required: true, schema: { type: 'string', maxLength: MAX_VERIFY_LENGTH }, description: 'The line as remembered.' },
    { name: 'speaker', in: 'query', required: false, schema: { type: 'string', maxLength: 100 }, description: 'Who the line is attributed to (a name, alias or slug).' },
    { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: MAX_VERIFY_MATCHES, default: 5 } },
    { name: 'style', in: 'query', required: false, schema: { type: 'string', default: 'apa' }, description: 'Citation style of each match: apa, mla, chicago, or the file name of an added CSL style.' },
  ];
  const responses = { '200': { description: 'The verdict and the best matches.', content: { 'application/json': { schema: { $ref: '#/components/schemas/VerifyResult' } } } }, '400': error, '429': error, '503': error };
  return {
    '/api/verify': {
      get: { summary: 'Verify a quote', description: DESCRIPTION, parameters: params, responses },
      post: {
        summary: 'Verify a quote (long text in the body)',
        description: DESCRIPTION,
        requestBody: {
          required: true,
          content: Object.fromEntries(
            ['application/json', 'application/x-www-form-urlencoded'].map((type) => [
              type,
              { schema: { type: 'object', required: ['text'], properties: Object.fromEntries(params.map((p) => [p.name, p.schema])) } },
            ]),
          ),
        },
        responses,
      },
    },
  };
}

export function verifySchemas() {
  return {
    DiffOp: {
      type: 'object',
      required: ['op', 'text', 'part'],
      description: 'One step of the comparison, in the source’s words: same; omitted (in the source, left out of the line); added (in the line, not in the source: text is the line’s words); changed (text is the source’s words, pasted the line’s).',
      properties: { op: { type: 'string', enum: ['same', 'omitted', 'added', 'changed'] }, text: { type: 'string' }, pasted: { type: 'string' }, part: { type: 'integer', description: 'Which ellipsis part of the line.' } },
    },
    VerifyMatch: {
      type: 'object',
      required: ['verdict', 'score', 'quote', 'passage', 'diff', 'citation'],
      properties: {
        verdict: { type: 'string', enum: VERDICTS },
        score: { type: 'number', minimum: 0, maximum: 1 },
        quote: { $ref: '#/components/schemas/Quote' },
        passage: { type: 'object', description: 'The matched words in the quote.', properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' }, words: { type: 'string', description: 'Word range for ?w= links.' }, time: { type: 'number' }, timestamp: { type: 'string' } } },
        diff: { type: 'array', items: { $ref: '#/components/schemas/DiffOp' }, description: 'Empty for a paraphrase.' },
        citation: { type: 'object', properties: { style: { type: 'string' }, reference: { type: 'string' }, inText: { type: 'string' }, missing: { type: 'array', items: { type: 'string' } } } },
      },
    },
    VerifyResult: {
      type: 'object',
      required: ['text', 'verdict', 'matches'],
      properties: {
        text: { type: 'string' },
        verdict: { type: 'string', enum: [...VERDICTS, 'not-found'], description: 'The best match’s verdict, or not-found.' },
        parts: { type: 'array', items: { type: 'string' } },
        speaker: { type: ['object', 'null'], properties: { named: { type: 'string' }, candidates: { type: 'array', items: { type: 'object' } }, saidBy: { $ref: '#/components/schemas/Speaker' }, agrees: { type: 'boolean' } } },
        notice: { type: ['string', 'null'], description: 'E.g. "Said by Abdalaziz Alhamza, not Matthew Heineman."' },
        matches: { type: 'array', items: { $ref: '#/components/schemas/VerifyMatch' } },
      },
    },
    Citations: {
      type: 'object',
      description: 'The quote (or the ?w= words) cited as its source, formatted by citeproc-js with the installed CSL styles (apa, mla, chicago first).',
      required: ['styles', 'missing', 'bibtex', 'csl'],
      properties: {
        styles: { type: 'object', additionalProperties: { type: 'object', properties: { title: { type: 'string' }, reference: { type: 'string' }, html: { type: 'string' }, inText: { type: 'string' }, shortNote: { type: 'string' } } } },
        missing: { type: 'array', items: { type: 'string' }, description: 'What the source does not say ("no date in the source — check before citing").' },
        bibtex: { type: 'string' },
        csl: { type: 'object', description: 'The CSL-JSON item (interview, broadcast, motion_picture, review or article-newspaper).' },
      },
    },
  };
}

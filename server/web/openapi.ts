/** The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json. */
import { QUOTE_KINDS, SOURCE_KINDS } from '../corpus/model.ts';
import { SORT_ORDERS } from '../search/engine.ts';
import { CSV_COLUMNS, MAX_EXPORT_ROWS } from './export.ts';
import { DEFAULT_PER_PAGE, MAX_PAGE, MAX_PER_PAGE, MAX_QUERY_LENGTH } from './params.ts';
import { verifyPaths, verifySchemas } from './verify/openapi.ts';

const slugList = (description: string) => ({
  in: 'query',
  required: false,
  description: `${description} Repeat the parameter (or separate slugs with commas) for several; any of them matches.`,
  schema: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } },
  style: 'form',
  explode: true,
});

const error = { $ref: '#/components/responses/Error' };

export function openApiDocument(baseUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Verbatim API',
      version: '1.0.0',
      description: 'Speaker-attributed quotes from interview transcripts and reviews: search, permalinks, export.',
    },
    servers: [{ url: baseUrl }],
    paths: {
      '/api/search': {
        get: {
          summary: 'Search quotes',
          description: `Every word must match (the last as a prefix, typos tolerated by word length); "quoted phrases" match exactly; -word excludes. With format=csv, all results (at most ${MAX_EXPORT_ROWS}) download as CSV with the columns ${CSV_COLUMNS.join(', ')}.`,
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'string', maxLength: MAX_QUERY_LENGTH }, description: 'Words, "phrases" and -exclusions; empty lists everything. A q with no word to search (only emoji or punctuation, such as "-") is no query: it lists everything, and the answer\'s `query` is empty.' },
            { name: 'speaker', ...slugList('Speaker slug.') },
            { name: 'source', ...slugList('Source slug.') },
            { name: 'kind', ...slugList(`Quote kind: ${QUOTE_KINDS.join(', ')}.`), schema: { type: 'array', items: { type: 'string', enum: QUOTE_KINDS } } },
            { name: 'collection', ...slugList('Collection slug.') },
            { name: 'sort', in: 'query', schema: { type: 'string', enum: SORT_ORDERS, default: 'relevance' } },
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 }, description: 'A page past the last one answers with no hits (the /search page redirects to its last page instead).' },
            { name: 'perPage', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE } },
            { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv'], default: 'json' } },
          ],
          responses: {
            '200': {
              description: 'A page of results with facet counts (JSON), or every result as CSV.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchResult' } }, 'text/csv': { schema: { type: 'string' } } },
            },
            '400': error,
            '429': error,
            '503': error,
          },
        },
      },
      '/api/quotes/{id}': {
        get: {
          summary: 'One quote with its context',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' } },
            { name: 'w', in: 'query', required: false, description: 'Cite only these words of the quote: a range such as 4-10 (words counted from 1); given once (a repeated w is a 400).', schema: { type: 'string', pattern: '^\\d+-\\d+$' } },
          ],
          responses: {
            '200': { description: 'The quote, the lines around it, where else it is quoted, its source, speaker and citations.', content: { 'application/json': { schema: { $ref: '#/components/schemas/QuoteContext' } } } },
            '301': { description: 'The quote was edited: Location is its new id.' },
            '404': error,
            '410': error,
            '503': error,
          },
        },
      },
      ...verifyPaths(error),
      '/health': {
        get: {
          summary: 'Health of the server and its search engine',
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } } },
            '503': { description: 'degraded: the engine cannot be reached', content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } } },
          },
        },
      },
    },
    components: {
      responses: {
        Error: { description: 'An error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
      schemas: {
        Speaker: { type: ['object', 'null'], required: ['slug', 'name', 'role'], properties: { slug: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } } },
        Source: {
          type: 'object',
          required: ['slug', 'title', 'kind', 'collection'],
          properties: { slug: { type: 'string' }, title: { type: 'string' }, kind: { type: 'string', enum: SOURCE_KINDS }, collection: { type: 'string' }, outlet: { type: 'string' }, author: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' } },
        },
        Quote: {
          type: 'object',
          required: ['id', 'text', 'kind', 'speaker', 'attribution', 'source', 'url'],
          properties: {
            id: { type: 'string' },
            text: { type: 'string' },
            kind: { type: 'string', enum: QUOTE_KINDS },
            speaker: { $ref: '#/components/schemas/Speaker' },
            attribution: { type: 'object', properties: { method: { type: 'string' }, confidence: { type: 'number' }, label: { type: 'string' } } },
            source: { $ref: '#/components/schemas/Source' },
            position: { type: 'object', properties: { ordinal: { type: 'integer' }, line: { type: 'integer' } } },
            time: { type: 'object', properties: { start: { type: 'number' }, end: { type: 'number' } } },
            url: { type: 'string', format: 'uri' },
          },
        },
        Hit: {
          allOf: [
            { $ref: '#/components/schemas/Quote' },
            {
              type: 'object',
              required: ['highlight'],
              properties: {
                highlight: { type: 'string', description: 'HTML-escaped text with <mark> around each matched word (whole words).' },
                corrected: {
                  type: 'array',
                  description: 'Query words the highlight shows matched through a typo, e.g. { "typed": "camrea", "matched": "camera" }; absent when none.',
                  items: { type: 'object', required: ['typed', 'matched'], properties: { typed: { type: 'string' }, matched: { type: 'string' } } },
                },
              },
            },
          ],
        },
        SearchResult: {
          type: 'object',
          required: ['query', 'total', 'page', 'perPage', 'hits', 'facets'],
          properties: {
            query: { type: 'string' },
            total: { type: 'integer' },
            page: { type: 'integer' },
            perPage: { type: 'integer' },
            dropped: { type: 'array', items: { type: 'string' }, description: 'Words dropped from the end because nothing matched them all.' },
            hits: { type: 'array', items: { $ref: '#/components/schemas/Hit' } },
            facets: {
              type: 'object',
              properties: Object.fromEntries(['speaker', 'source', 'kind', 'collection'].map((f) => [f, { type: 'object', additionalProperties: { type: 'integer' } }])),
            },
          },
        },
        QuoteContext: {
          type: 'object',
          required: ['quote', 'context', 'quotedIn', 'citations'],
          properties: {
            quote: { $ref: '#/components/schemas/Quote' },
            context: { type: 'object', properties: { before: { type: 'array', items: { $ref: '#/components/schemas/Quote' } }, after: { type: 'array', items: { $ref: '#/components/schemas/Quote' } } } },
            quotedIn: { type: 'array', items: { $ref: '#/components/schemas/Quote' } },
            reproduces: { oneOf: [{ $ref: '#/components/schemas/Quote' }, { type: 'null' }] },
            source: { type: ['object', 'null'] },
            speaker: { type: ['object', 'null'] },
            excerpt: { type: 'object', description: 'With ?w=: the cited words.', properties: { words: { type: 'string' }, text: { type: 'string' }, url: { type: 'string', format: 'uri' } } },
            citations: { $ref: '#/components/schemas/Citations' },
          },
        },
        ...verifySchemas(),
        Health: { type: 'object', required: ['status', 'engine', 'quotes'], properties: { status: { type: 'string', enum: ['ok', 'degraded'] }, engine: { type: 'string' }, quotes: { type: ['integer', 'null'] }, detail: { type: 'string' } } },
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['status', 'code', 'message'], properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' }, parameter: { type: 'string' } } } },
        },
      },
    },
  };
}

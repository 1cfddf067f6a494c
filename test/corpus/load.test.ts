import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../server/corpus/load.ts';

let dir: string;
const col = () => path.join(dir, 'city-of-ghosts');
const write = (name: string, content: string | Buffer) => writeFileSync(path.join(col(), name), content);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'verbatim-load-'));
  cpSync(path.resolve('transcripts'), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('files put straight into the transcripts folder', () => {
  // A new user's fifteen files printed fifteen copies of the same warning.
  it('are loaded into "Uncollected sources" with one warning naming how many', async () => {
    for (const n of [1, 2, 3]) writeFileSync(path.join(dir, `interview-${n}.txt`), `HOST: Welcome, guest ${n}.\n\nGUEST: Thank you.\n`);
    const corpus = await loadCorpus(dir);
    expect(corpus.sources.filter((s) => s.collection === 'uncollected').length).toBe(3);
    const loose = corpus.warnings.filter((w) => w.message.includes('not in a collection folder'));
    expect(loose).toEqual([{ file: 'interview-1.txt', message: '(and 2 other files) are not in a collection folder: loaded into "Uncollected sources" (a folder of their own per film or series groups them)' }]);
  });
});

describe('loading a corpus with bad files', () => {
  it('rejects empty, binary and unsupported files by name and line, reads Windows-1252 with a warning, and still loads the rest', async () => {
    write('empty.txt', '');
    write('blank.txt', '  \n\n ');
    write('photo.txt', Buffer.from([0x47, 0x49, 0x46, 0x0a, 0x00, 0x01, 0x02]));
    write('latin1.txt', Buffer.concat([Buffer.from('First line\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
    write('notes.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    // What sits beside transcripts without being one is skipped and named, not rejected (the README's promise).
    write('cover.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    write('episode.mp3', Buffer.from([0x49, 0x44, 0x33]));
    write('download.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const corpus = await loadCorpus(dir);
    expect(corpus.skipped).toEqual(
      expect.arrayContaining([
        { file: 'city-of-ghosts/cover.png', message: 'is an image, not a source' },
        { file: 'city-of-ghosts/episode.mp3', message: expect.stringMatching(/^is a recording, not a transcript/) },
        { file: 'city-of-ghosts/download.zip', message: expect.stringMatching(/^is an archive/) },
      ]),
    );
    const byFile = Object.fromEntries(corpus.rejected.map((r) => [r.file, r]));
    expect(byFile['city-of-ghosts/empty.txt']).toMatchObject({ message: 'the file is empty', source: 'empty' });
    expect(byFile['city-of-ghosts/blank.txt']!.message).toMatch(/only white space/);
    expect(byFile['city-of-ghosts/photo.txt']).toMatchObject({ line: 2, message: expect.stringMatching(/binary/) });
    expect(byFile['city-of-ghosts/notes.doc']!.message).toMatch(/^"\.doc" files are not text: save the transcript as text/);
    expect(corpus.rejected).toHaveLength(4);
    // Not UTF-8: read as Windows-1252, with a warning naming the line of the first bad byte.
    expect(byFile['city-of-ghosts/latin1.txt']).toBeUndefined();
    expect(corpus.warnings).toContainEqual({ file: 'city-of-ghosts/latin1.txt', line: 2, message: expect.stringMatching(/not valid UTF-8.*read as Windows-1252/) });
    expect(corpus.quotes.filter((q) => q.source === 'latin1').map((q) => q.text)).toContain('Café au lait');
    expect(corpus.sources).toHaveLength(5);
    expect(corpus.quotes.filter((q) => q.kind === 'quotation')).toHaveLength(9);
  });

  it('names the line of broken front matter and a bad sidecar value (loading the text without them), and rejects a subtitle cue with a bad timestamp', async () => {
    write('broken.md', '---\ntitle: A review\nkind: [review\n---\nText.\n');
    write('unclosed.md', '---\ntitle: A review\n\nThe text never closes the front matter.\n');
    write('film.srt', '1\n00:00:01,000 --> 00:00:02,000\nFirst line.\n\n2\n00:00:03,000 --> 00:0x:04,000\nSecond line.\n');
    write('interview.txt', 'Q: Hello?\n\nA: Hi.\n');
    write('interview.txt.yml', 'kind: interview\ndate: sometime in July\n');
    const corpus = await loadCorpus(dir);
    expect(corpus.rejected.map((r) => r.file)).toEqual(['city-of-ghosts/film.srt']);
    expect(corpus.rejected[0]).toMatchObject({ line: 6, message: expect.stringMatching(/00:0x:04,000/) });
    // The YAML parser finds the unclosed "[" of line 3 where the front matter ends, on line 4.
    expect(corpus.warnings).toContainEqual({ file: 'city-of-ghosts/broken.md', line: 4, message: expect.stringMatching(/^invalid YAML: .*; the metadata was ignored$/) });
    expect(corpus.warnings).toContainEqual({ file: 'city-of-ghosts/unclosed.md', line: 1, message: expect.stringMatching(/never closed.*read without metadata/) });
    expect(corpus.warnings).toContainEqual({ file: 'city-of-ghosts/interview.txt.yml', line: 2, message: 'date: is not a date we can read (use YYYY, YYYY-MM or YYYY-MM-DD); the field was ignored' });
    const bySlug = Object.fromEntries(corpus.sources.map((s) => [s.slug, s]));
    expect(corpus.sources).toHaveLength(7);
    // Nothing of a file is lost to its bad metadata: the text is read, the good fields kept.
    expect(corpus.quotes.filter((q) => q.source === 'broken').map((q) => q.text)).toEqual(['Text.']);
    expect(corpus.quotes.filter((q) => q.source === 'unclosed').map((q) => q.text)).toContain('The text never closes the front matter.');
    expect(bySlug['interview']!.meta.kind).toBe('interview');
    expect(bySlug['interview']!.meta.date).toBeUndefined();
  });

  it('warns about unknown metadata keys and loads a file dropped in without any metadata', async () => {
    write('notes.txt', 'HEINEMAN: It became an immigrant story.\n\nALHAMZA: We ended up in Turkey.\n');
    write('notes.txt.yml', 'kind: interview\nvenue: Sundance\ntitle: !custom Notes from Sundance\ndate: July 2017\n');
    write('dropped.txt', 'The film is a testament to citizen journalism. “We lost our city,” Alhamza said.\n');
    const corpus = await loadCorpus(dir);
    expect(corpus.warnings).toContainEqual({ file: 'city-of-ghosts/notes.txt.yml', line: 2, message: 'unknown key "venue" was ignored' });
    expect(corpus.warnings).toContainEqual({ file: 'city-of-ghosts/notes.txt.yml', line: 3, message: expect.stringMatching(/Unresolved tag: !custom/) });
    expect(corpus.sources.find((s) => s.slug === 'notes')!.meta).toMatchObject({ title: 'Notes from Sundance', date: '2017-07', inferred: [] });
    const notes = corpus.quotes.filter((q) => q.source === 'notes');
    expect(notes.map((q) => q.speaker?.slug)).toEqual(['matthew-heineman', 'abdalaziz-alhamza']);
    const dropped = corpus.sources.find((s) => s.slug === 'dropped')!;
    expect(dropped.meta).toMatchObject({ kind: 'article', title: 'Article about City of Ghosts' });
    expect([...dropped.meta.inferred].sort()).toEqual(['kind', 'title']);
    expect(corpus.quotes.find((q) => q.source === 'dropped' && q.kind === 'quotation')?.speaker?.slug).toBe('abdalaziz-alhamza');
  });

  it('reads a blog export’s title written as HTML and a date written `September, 2001` (a new user’s trial)', async () => {
    write('war.md', "---\ntitle: 'Tony&#8217;s holy war, AT&T & Q&A'\ndate: September, 2001\n---\nThe best part about it was the photography.\n");
    const corpus = await loadCorpus(dir);
    expect(corpus.sources.find((s) => s.slug === 'war')!.meta).toMatchObject({ title: 'Tony’s holy war, AT&T & Q&A', date: '2001-09' });
    expect(corpus.warnings.filter((w) => w.file.includes('war.md'))).toEqual([]);
  });

  it('reads front matter written in Spanish (`titulo`, `fecha_publicacion`, `presentador`), and gives a monologue’s words to its one host (a new user’s trial)', async () => {
    write('historia.md', '---\ntitulo: "El general"\nfecha_publicacion: "2019-10-04"\nprograma: "Venezolanos"\npresentador: "Ana Ruiz"\nidioma: "es-VE"\n---\n\nLes habla Ana Ruiz y esto es Venezolanos, un programa sobre el país y su historia.\n\nHoy vamos a hablar de la vida de un venezolano excepcional.\n');
    const corpus = await loadCorpus(dir);
    expect(corpus.sources.find((s) => s.slug === 'historia')!.meta).toMatchObject({ title: 'El general', date: '2019-10-04', programme: 'Venezolanos' });
    expect(corpus.warnings.filter((w) => w.file.includes('historia.md'))).toEqual([]);
    expect(new Set(corpus.quotes.filter((q) => q.source === 'historia').map((q) => q.speaker?.name))).toEqual(new Set(['Ana Ruiz']));
  });

  it('gives show notes and recaps under `host:` or `moderator:` to no host: they tell of them in the third person', async () => {
    write('notes.md', '---\ntitle: "Episode 42: Why Rome Fell"\nhost: Jane Doe\n---\n\nIn this episode, Jane talks with the historian Tom Holland about the last century of the Western Roman Empire.\n\nThe conversation also covers the sack of 410 and the role of the church.\n');
    write('recap.md', '---\ntitle: "Panel recap"\nmoderator: Kara Swisher\n---\n\nThe panel opened with a grim number: more than two newspapers a week have closed.\n\nBy the end, the room seemed to agree on only one point.\n');
    write('concert.md', '---\ntitle: "A night at the Proms"\nconductor: Simon Rattle\n---\n\nThe orchestra was in fine form, the brass above all.\n');
    const corpus = await loadCorpus(dir);
    for (const slug of ['notes', 'recap', 'concert']) {
      const names = new Set(corpus.quotes.filter((q) => q.source === slug && q.kind === 'prose').map((q) => q.speaker?.name));
      expect({ slug, names: [...names] }).toEqual({ slug, names: ['Unnamed critic'] });
    }
  });

  it('follows links to sources and sidecars only inside the transcripts folder, and names each link it did not follow', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'verbatim-outside-'));
    try {
      writeFileSync(path.join(outside, 'secret.txt'), 'HEINEMAN: Outside words.\n');
      writeFileSync(path.join(outside, 'secret.yml'), 'title: Secret title\napi_key: hunter2\n');
      write('own.txt', 'HEINEMAN: Words of our own.\n\nALHAMZA: And mine.\n');
      write('shared.yml', 'title: A shared sidecar\n');
      symlinkSync(path.join(col(), 'shared.yml'), path.join(col(), 'own.txt.yml'));
      write('leaky.txt', 'HEINEMAN: A file whose sidecar leads out.\n');
      symlinkSync(path.join(outside, 'secret.yml'), path.join(col(), 'leaky.txt.yml'));
      write('dangling.txt', 'HEINEMAN: A file whose sidecar leads nowhere.\n');
      symlinkSync(path.join(outside, 'missing.yml'), path.join(col(), 'dangling.txt.yml'));
      symlinkSync(path.join(outside, 'secret.txt'), path.join(col(), 'secret.txt'));
      symlinkSync(path.join(col(), 'own.txt'), path.join(col(), 'again.txt'));
      const corpus = await loadCorpus(dir);
      const meta = (slug: string) => corpus.sources.find((s) => s.slug === slug)?.meta;
      expect(meta('own')?.title).toBe('A shared sidecar');
      expect(meta('leaky')?.title).not.toBe('Secret title');
      expect(corpus.warnings).toContainEqual({ file: 'city-of-ghosts/leaky.txt.yml', message: 'is a link to a file outside the transcripts folder and was not followed' });
      expect(JSON.stringify(corpus)).not.toMatch(/api_key|hunter2|Outside words/);
      expect(meta('dangling')).toBeDefined();
      expect(corpus.skipped).toContainEqual({ file: 'city-of-ghosts/secret.txt', message: 'is a link to a file outside the transcripts folder and was not followed' });
      expect(meta('secret')).toBeUndefined();
      expect(corpus.quotes.filter((q) => q.source === 'again').map((q) => q.text)).toEqual(['Words of our own.', 'And mine.']);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reads no sidecar that is not a file (a pipe would block for good), and loads a source whose name leaves no room for one', async () => {
    write('piped.txt', 'HEINEMAN: A file beside a pipe.\n');
    execFileSync('mkfifo', [path.join(col(), 'piped.txt.yml')]);
    write('linked-pipe.txt', 'HEINEMAN: A file whose sidecar links to the pipe.\n');
    symlinkSync(path.join(col(), 'piped.txt.yml'), path.join(col(), 'linked-pipe.txt.yml'));
    // 252 bytes: with ".yml" the sidecar's name would be longer than a file name may be.
    const long = `${'é'.repeat(124)}.txt`;
    write(long, 'HEINEMAN: A file with a long name.\n');
    // Something writes into the pipe, so that reading it would end (and this test fail) rather than hang.
    const writer = spawn('sh', ['-c', `while :; do printf 'title: Piped\\n' > '${path.join(col(), 'piped.txt.yml')}'; sleep 0.2; done`], { stdio: 'ignore' });
    let corpus: Awaited<ReturnType<typeof loadCorpus>>;
    try {
      corpus = await loadCorpus(dir);
    } finally {
      writer.kill();
    }
    expect(corpus.sources.map((s) => s.meta.title)).not.toContain('Piped');
    expect(corpus.rejected).toEqual([]);
    expect(corpus.warnings).toContainEqual({ file: 'city-of-ghosts/piped.txt.yml', message: 'is not a regular file and was not read' });
    expect(corpus.warnings).toContainEqual({ file: 'city-of-ghosts/linked-pipe.txt.yml', message: 'is not a regular file and was not read' });
    const loaded = corpus.sources.map((s) => s.path);
    expect(loaded).toEqual(expect.arrayContaining(['city-of-ghosts/piped.txt', 'city-of-ghosts/linked-pipe.txt', `city-of-ghosts/${long}`]));
  }, 20_000);

  it('lets timers run while a large corpus loads (the index lock beats on a timer)', async () => {
    const seed = readFileSync(path.join(col(), '003_e883455660d33f06.txt'), 'utf8');
    for (let i = 0; i < 300; i++) write(`copy-${i}.txt`, seed);
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    try {
      await loadCorpus(dir);
    } finally {
      clearInterval(timer);
    }
    const took = performance.now() - started;
    // The wait since the last tick counts too: a starved timer never ticks again before the end.
    longest = Math.max(longest, performance.now() - last);
    expect(took).toBeGreaterThan(150);
    // Read without a turn for the event loop, the timer waited for the whole load.
    expect(longest).toBeLessThan(took / 3);
  }, 60_000);

  it('rejects every file of a collection whose collection.yml is broken, and loads other collections', async () => {
    mkdirSync(path.join(dir, 'other'));
    writeFileSync(path.join(dir, 'other', 'collection.yml'), 'title: Other\nspeakers:\n  - name: Someone\n    pronouns: it\n');
    writeFileSync(path.join(dir, 'other', 'talk.txt'), 'SOMEONE: Hello there.\n\nOTHER: Hi.\n');
    const corpus = await loadCorpus(dir);
    // The transcript is named for what it is: a file not read because of its collection's file, which is named with the line.
    expect(corpus.rejected).toContainEqual({ file: 'other/talk.txt', source: 'talk', collection: 'other', message: expect.stringMatching(/^not read: its collection's other\/collection\.yml could not be read/) });
    expect(corpus.rejected).toContainEqual(expect.objectContaining({ file: 'other/collection.yml', line: 4, message: expect.stringMatching(/pronouns/) }));
    expect(corpus.sources.map((s) => s.collection)).toEqual(['city-of-ghosts', 'city-of-ghosts', 'city-of-ghosts', 'city-of-ghosts']);
  });

  it('keeps quote ids when the file is edited elsewhere, and changes only the edited quote', async () => {
    const before = await loadCorpus(dir);
    const file = path.join(col(), '000_acea1c6f1abc6d80.txt');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('City of Ghosts is released on July 21st.', 'City of Ghosts is released on Friday 21 July.').replace('danger has a special taste', 'Danger has a special taste!'));
    const after = await loadCorpus(dir);
    const ids = (c: typeof before) => c.quotes.filter((q) => q.source === '000-acea1c6f1abc6d80').map((q) => q.id);
    const gone = ids(before).filter((id) => !ids(after).includes(id));
    expect(gone).toHaveLength(1);
    expect(before.quotes.find((q) => q.id === gone[0])!.text).toBe('City of Ghosts is released on July 21st.');
    // Capitals and punctuation do not change an id.
    expect(after.quotes.find((q) => q.text === 'Danger has a special taste!')!.id).toBe(before.quotes.find((q) => q.text === 'danger has a special taste')!.id);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexNodeOptions } from '../../scripts/bench/node-options.ts';

const scripts = (index?: string) => JSON.stringify({ scripts: index === undefined ? {} : { index } });

describe('the parse benchmark reads with the Node options of npm run index', () => {
  it('takes the options between the runner and the script', () => {
    expect(indexNodeOptions(scripts('tsx --max-semi-space-size=64 scripts/index.ts'))).toEqual(['--max-semi-space-size=64']);
    expect(indexNodeOptions(scripts('tsx  --a=1 -b  scripts/index.ts --json'))).toEqual(['--a=1', '-b']);
    expect(indexNodeOptions(scripts('tsx scripts/index.ts'))).toEqual([]);
  });

  it('says so when there is no index script', () => {
    expect(() => indexNodeOptions(scripts())).toThrow(/no "index" script/);
  });

  it('finds the young generation option in this package.json, as indexing runs', () => {
    const index = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { index: string } }).scripts.index;
    const options = indexNodeOptions();
    expect(options).toContain('--max-semi-space-size=64');
    for (const option of options) expect(index).toContain(option);
  });
});

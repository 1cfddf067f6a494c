import { describe, expect, it } from 'vitest';
import { indexNodeOptions } from '../../scripts/bench/node-options.ts';

const scripts = (index?: string) => JSON.stringify({ scripts: index === undefined ? {} : { index } });

describe('the parse benchmark reads with the Node options of npm run index', () => {
  it('takes the options between the runner and the script', () => {
    expect(indexNodeOptions(scripts('tsx --max-semi-space-size=64 scripts/index.ts'))).toEqual(['--max-semi-space-size=64']);
    expect(indexNodeOptions(scripts('tsx --a=1 --stack-size=2000 scripts/index.ts --json'))).toEqual(['--a=1', '--stack-size=2000']);
    expect(indexNodeOptions(scripts('tsx scripts/index.ts'))).toEqual([]);
  });

  it('refuses a script it cannot read, rather than measuring without its options', () => {
    expect(() => indexNodeOptions(scripts())).toThrow(/no "index" script/);
    for (const script of ['NODE_ENV=x tsx scripts/index.ts', 'tsx\t--a=1 scripts/index.ts', 'node --import tsx scripts/index.ts', 'tsx --max-old-space-size 4096 scripts/index.ts', 'tsx -r dotenv/config scripts/index.ts', 'tsx --title="a b" scripts/index.ts', 'tsx --a=1']) {
      expect(() => indexNodeOptions(scripts(script)), script).toThrow(/is not "tsx --option=value … script"/);
    }
  });

  it('finds the young generation option in this package.json, as indexing runs', () => {
    expect(indexNodeOptions()).toEqual(['--max-semi-space-size=64']);
  });
});

import fc from 'fast-check';
import { parseDeepLink } from '../../../src/flow/deepLink';
import { hostileString } from '../hostileValues';
import { clear, type Surface } from '../surface';
import { applyTextMutations, textMutations } from '../textMutation';

const KEYS = ['level', 'seed', 'mode', 'speed', 'daily'];
const VALUES = ['lifecycle', 'chaos-day', '0', '1', '4294967295', '4294967296', '-1', '1e3', '0x10', ' 1', 'play', 'classroom', 'sandbox', 'PLAY', '0.5', '8', '16', 'NaN', 'Infinity', '', '%00', '%D8%00', '%ZZ', '+', 'a'.repeat(64), 'a'.repeat(65)];

const pair = fc.tuple(fc.oneof(fc.constantFrom(...KEYS), hostileString), fc.oneof(fc.constantFrom(...VALUES), hostileString));

/** A query string as a link or a bookmark carries it: built with the browser's own encoder, or raw. */
const search = fc.oneof(
  fc.array(pair, { maxLength: 6 }).map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.array(pair, { maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  fc.tuple(fc.array(pair, { minLength: 1, maxLength: 4 }), textMutations(2)).map(([pairs, m]) => applyTextMutations(`?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`, m)),
  hostileString,
);

const SPEEDS = [0.5, 1, 2, 4, 8];

/** What a parsed deep link promises the game: each field is either absent (null) or usable as is. */
function brokenPromise(link: ReturnType<typeof parseDeepLink>): string | undefined {
  if (link.levelId !== null && !/^[a-z0-9][a-z0-9-]{0,63}$/.test(link.levelId)) return `levelId ${JSON.stringify(link.levelId)} is not an id`;
  if (link.seed !== null && !(Number.isInteger(link.seed) && link.seed >= 0 && link.seed <= 0xffffffff)) return `seed ${link.seed} is not a uint32`;
  if (link.speed !== null && !SPEEDS.includes(link.speed)) return `speed ${link.speed} is not one of ${SPEEDS.join(', ')}`;
  if (!['play', 'classroom', 'sandbox'].includes(link.mode)) return `mode ${JSON.stringify(link.mode)}`;
  if (typeof link.daily !== 'boolean') return 'daily is not true/false';
  if (link.problems.some((p) => p.length > 300)) return 'a problem is too long to show';
  return undefined;
}

/** `?level=…&seed=…&mode=…&speed=…` and `?daily=1`: the address the game is opened with. */
export const deepLink: Surface<string> = {
  name: 'deepLink',
  reads: 'src/flow/deepLink.ts parseDeepLink',
  inputs: search,
  async run(text, probe) {
    const link = await probe.read(() => parseDeepLink(text));
    if (link.problems.length > 0 && !clear(link.problems)) probe.unclear(JSON.stringify(link.problems));
    if (link.problems.length === 0) probe.accepted();
    const broken = brokenPromise(link);
    if (broken !== undefined) probe.broke(broken);
  },
  show: (text) => text,
};

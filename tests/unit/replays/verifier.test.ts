import { describe, expect, it } from 'vitest';
import { recordReplay, verifyReplayText } from '../../../src/replays/replayFile';
import { encodeResultCode, verifyResultCode } from '../../../src/replays/resultCode';
import { createVerifier, VerificationCancelled, type WorkerLike } from '../../../src/replays/verifier';
import { answerVerifyMessage, runLevel, type VerifyAnswer, type VerifyMessage } from '../../../src/replays/verifyRequest';
import { campaignLevel } from '../debrief/helpers';

/**
 * A stand-in for the browser's Worker: it runs the worker's own handler on a later turn and copies
 * every message both ways with structuredClone, as postMessage does, so whatever a real worker
 * could not send back (a function, a class instance) would fail here too.
 */
function fakeWorker(options: { silent?: boolean } = {}) {
  const log = { spawned: 0, terminated: 0, posted: 0 };
  const spawn = (): WorkerLike => {
    log.spawned += 1;
    let alive = true;
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(message: VerifyMessage) {
        log.posted += 1;
        if (options.silent) return;
        const copy = structuredClone(message);
        setTimeout(() => void answerVerifyMessage(copy).then((a) => alive && w.onmessage?.({ data: structuredClone(a) as VerifyAnswer })), 0);
      },
      terminate() {
        alive = false;
        log.terminated += 1;
      },
    };
    return w;
  };
  return { spawn, log };
}

describe('verifying off the page thread', () => {
  const spare = campaignLevel('04-spare-tyre').scenario;
  const launch = [{ atSeconds: 60, command: { type: 'instance.launch' as const, zoneId: 'use1-az2', instanceType: 'm5.large', loadBalancerId: 'shop-alb' } }];

  it('gives exactly what the pure functions give, through the worker and without one', async () => {
    const honest = recordReplay(spare, 3, launch);
    const code = await encodeResultCode(honest);
    const forged = await encodeResultCode({ ...honest, result: { ...honest.result, costUsd: 0.01 } });
    const text = JSON.stringify(honest);
    const requests = [
      { kind: 'code' as const, code, label: 'Ada' },
      { kind: 'code' as const, code: forged, label: 'Bob' },
      { kind: 'code' as const, code: 'BR1-!!', label: 'Cy' },
      { kind: 'replay' as const, text, label: 'ada.replay.json' },
      { kind: 'replay' as const, text: text.slice(0, 200), label: 'cut.replay.json' },
    ];
    const direct = await Promise.all([verifyResultCode(code, 'Ada'), verifyResultCode(forged, 'Bob'), verifyResultCode('BR1-!!', 'Cy'), verifyReplayText(text, 'ada.replay.json'), verifyReplayText(text.slice(0, 200), 'cut.replay.json')]);
    const { spawn, log } = fakeWorker();
    const viaWorker = createVerifier(spawn);
    expect(await Promise.all(requests.map((r) => viaWorker.verify(r)))).toEqual(direct);
    expect([log.spawned, log.posted]).toEqual([1, 5]);
    const onThisThread = createVerifier(() => null);
    expect(await Promise.all(requests.map((r) => onThisThread.verify(r)))).toEqual(direct);
    expect(direct.map((d) => d.ok)).toEqual([true, false, false, true, false]);
  });

  it("runs a whole level (the debrief's reference run) through the worker: the same figures and events as on this thread", async () => {
    const request = { kind: 'run' as const, scenario: spare, seed: 7, script: campaignLevel('04-spare-tyre').win };
    const direct = runLevel(request);
    const { spawn } = fakeWorker();
    const ran = await createVerifier(spawn).run(request);
    expect(ran).toEqual(direct);
    expect(ran.result.stars).toBe(3);
    expect(ran.events.some((e) => e.type === 'fault.started')).toBe(true);
  });

  it('Cancel terminates the worker at once and every pending check rejects as cancelled; the next check starts a fresh worker', async () => {
    const silent = fakeWorker({ silent: true });
    const v = createVerifier(silent.spawn);
    const pending = [v.verify({ kind: 'code', code: 'BR1-x', label: 'a' }), v.verify({ kind: 'code', code: 'BR1-y', label: 'b' })];
    v.cancel();
    for (const p of pending) await expect(p).rejects.toBeInstanceOf(VerificationCancelled);
    expect(silent.log.terminated).toBe(1);
    void v.verify({ kind: 'code', code: 'BR1-z', label: 'c' }).catch(() => undefined);
    expect(silent.log.spawned).toBe(2);
    v.cancel();
  });

  it('a worker that dies ends its checks with the reason, never a hang', async () => {
    const silent = fakeWorker({ silent: true });
    let worker: WorkerLike | null = null;
    const v = createVerifier(() => (worker = silent.spawn()));
    const p = v.verify({ kind: 'code', code: 'BR1-x', label: 'a' });
    worker!.onerror?.({ message: 'out of memory' });
    await expect(p).rejects.toThrow('out of memory');
  });
});

import { countdown } from '../board/model/blastMark';
import { faultName } from '../debrief/faultNames';
import { refusalWords } from '../plainWords';
import type { ServiceView } from './serviceView';

/** A traffic spike from the keyboard: three times normal demand, the engine's default. */
const TEACHER_SPIKE_PCT = 300;

/**
 * The engine's own events, fault and causes, beside the kinds' (commands, faults starting and
 * ending, the SLA; the traffic spike; requests nobody could take or that were too slow).
 */
/** "AZ power interruption on use1-az1"; a fault on the whole service (a spike) names no target (its subject is its kind). */
const faultOn = (subject: string, kind: string): string => (subject === '' || subject === kind ? faultName(kind) : `${faultName(kind)} on ${subject}`);

export const coreView: ServiceView = {
  simKind: 'core',
  events: {
    // The context panel already says "done."; only refusals are news.
    'command.accepted': { log: 'silent' },
    'command.rejected': { log: (_s, d) => `Refused: ${refusalWords(d)}`, cue: 'uiError' },
    'fault.started': { log: (s, d) => `Fault: ${faultOn(s, d)}`, incident: { starts: 'Fault' } },
    'fault.ended': { log: (s, d) => `Fault over: ${faultOn(s, d)}` },
    'sla.minuteBad': { log: (_s, _d, v) => `Bad minute: ${v ?? 0} % of requests failed or were too slow`, cue: 'alarm' },
    'sla.breached': { log: () => 'SLA breached: the error budget is spent', bad: true, narrate: { say: () => 'The SLA is breached: the error budget is spent.', urgent: true } },
  },
  faults: [
    {
      kind: 'traffic.spike',
      key: 'S',
      label: `Traffic spike ×${TEACHER_SPIKE_PCT / 100}`,
      long: 'Traffic spike',
      short: 'Spike',
      over: 'the spike passed',
      surge: true,
      legend: 'whole service',
      needs: null,
      phrase: (_t, spikePct) => `a traffic spike to ${((spikePct ?? 300) / 100).toLocaleString('en-US')}× normal demand`,
      // The whole service: nothing to select.
      target: () => ({ ok: true, id: '' }),
      inject: { spikePct: TEACHER_SPIKE_PCT },
    },
  ],
  causes: {
    noRoute: { name: 'No route', why: 'nothing could receive them (Region or load balancer down, no healthy target)' },
    slow: { name: 'Slow', why: 'served slower than the latency SLO' },
  },
  ledger: { transfer: 'Data transfer' },
  blast(world) {
    const spike = world.faults.find((f) => f.kind === 'traffic.spike');
    if (!spike) return [];
    const times = (world.trafficSpikePct / 100).toFixed(1).replace(/\.0$/, '');
    return [{ scope: 'dns', targetId: '', icon: 'spike', label: `TRAFFIC ×${times}`, detail: countdown(spike.endTick - world.tick).replace('back in', 'ends in'), dim: 0, severity: 'warn' }];
  },
};

/**
 * The verification worker: re-simulating a result code or a replay takes from a fraction of a second
 * to minutes (a long level with a big estate), and on the page's own thread that froze the tab
 * (issue 12). Here it only blocks this worker; the page stays responsive and can terminate it.
 */
import { answerVerifyMessage, type VerifyAnswer, type VerifyMessage } from './verifyRequest';

// tsconfig's lib is the page's (DOM), not WebWorker: this is the slice of the worker scope used here.
const scope = self as unknown as { onmessage: ((e: MessageEvent<VerifyMessage>) => void) | null; postMessage(answer: VerifyAnswer): void };

scope.onmessage = (e) => {
  void answerVerifyMessage(e.data).then((answer) => scope.postMessage(answer));
};

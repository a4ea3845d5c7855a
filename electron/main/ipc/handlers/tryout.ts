// Try page routes. Thin: measuring, scoring and saving live in services/tryout.
import type { AppServices } from '../../services/app/AppServices';
import type { Handlers } from '../router';

type TryoutRoutes = Extract<keyof Handlers, `tryout.${string}`>;

export function tryoutHandlers(s: AppServices): Pick<Handlers, TryoutRoutes> {
  const t = s.tryout;
  return {
    'tryout.overview': () => t.overview(),
    'tryout.project': ({ projectId }) => t.project(projectId),
    'tryout.chatSend': (input) => t.chatSend(input),
    'tryout.stop': ({ runId }) => t.stop(runId),
    'tryout.conversationDelete': ({ projectId, conversationId }) =>
      t.deleteConversation(projectId, conversationId),
    'tryout.compare': (input) => t.compare(input),
    'tryout.testStart': (input) => t.startTest(input),
    'tryout.testEstimate': (input) => t.estimateTest(input),
    'tryout.testCancel': ({ testRunId }) => t.cancelTest(testRunId),
    'tryout.testReport': ({ testRunId }) => t.testReport(testRunId),
    'tryout.blindStart': ({ testRunId, setupA, setupB }) => t.blindStart(testRunId, setupA, setupB),
    'tryout.blindPick': ({ testRunId, caseIndex, pick }) => t.blindPick(testRunId, caseIndex, pick),
    'tryout.export': ({ testRunId, format, text }) => t.exportReport(testRunId, format, text),
    'tryout.correct': (input) => t.correct(input),
  };
}

// Blind A/B sessions over a finished test run. The mapping from "first/second" to set-ups stays here in
// main; the renderer gets only the texts until every pair has a pick, then the reveal.
import {
  blindPairs,
  tallyPicks,
  type BlindPair,
  type BlindPick,
} from '../../../../shared/domain/tryout/blind';
import type { CaseResult, TestCase } from '../../../../shared/domain/tryout/types';
import { appError } from '../../../../shared/ipc/errors';
import type { BlindView } from '../../../../shared/ipc/schemas/tryout';

interface Session {
  pairs: BlindPair[];
  picks: Map<number, BlindPick>;
  cases: TestCase[];
  results: CaseResult[];
}

export class BlindSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly seed: () => number) {}

  start(
    testRunId: string,
    cases: TestCase[],
    results: CaseResult[],
    setupA: string,
    setupB: string,
  ): BlindView {
    if (setupA === setupB) throw appError('bad_input', { path: 'setupB' });
    const replied = (caseIndex: number, setupId: string) =>
      results.some((r) => r.caseIndex === caseIndex && r.setupId === setupId && r.error === null);
    // Only examples where both set-ups answered can be compared.
    const indexes = cases.map((c) => c.index).filter((i) => replied(i, setupA) && replied(i, setupB));
    if (indexes.length === 0) throw appError('not_found');
    const session = {
      pairs: blindPairs(this.seed(), indexes, setupA, setupB),
      picks: new Map(),
      cases,
      results,
    };
    this.sessions.set(testRunId, session);
    return this.view(session);
  }

  pick(testRunId: string, caseIndex: number, pick: BlindPick): BlindView {
    const session = this.sessions.get(testRunId);
    if (!session || !session.pairs.some((p) => p.caseIndex === caseIndex)) throw appError('not_found');
    session.picks.set(caseIndex, pick);
    return this.view(session);
  }

  private view(session: Session): BlindView {
    const reply = (caseIndex: number, setupId: string) =>
      session.results.find((r) => r.caseIndex === caseIndex && r.setupId === setupId)?.text ?? '';
    const items = session.pairs.map((p) => ({
      caseIndex: p.caseIndex,
      question: session.cases[p.caseIndex]?.question ?? '',
      expected: session.cases[p.caseIndex]?.expected ?? '',
      first: reply(p.caseIndex, p.first),
      second: reply(p.caseIndex, p.second),
      pick: session.picks.get(p.caseIndex) ?? null,
    }));
    const complete = session.picks.size === session.pairs.length;
    const tally = tallyPicks(session.pairs, session.picks);
    return {
      items,
      reveal: complete
        ? {
            wins: tally.wins,
            ties: tally.ties,
            writers: session.pairs.map(({ caseIndex, first, second }) => ({ caseIndex, first, second })),
          }
        : null,
    };
  }
}

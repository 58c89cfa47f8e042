import type { Answer } from '../survey/answers.ts';

/** How one organisation's answers lean: its leaders' typical level and how many say "ved ikke". */
export interface AnswerClimate {
  /** Added to every leader's level (about −0.5 … +0.5): some organisations are led better than others. */
  levelShift?: number;
  /** Share of employees' answers that are "ved ikke". */
  dontKnow?: number;
}

/**
 * Answers with the texture of a real round: each leader has their own level, each statement its
 * own difficulty, leaders rate themselves a little higher than their employees do (some much
 * higher: blind spots), and a few answer "ved ikke". Returns one form's answers per call.
 */
export function answerModel(random: () => number, items: number, climate: AnswerClimate = {}) {
  const shiftAll = climate.levelShift ?? 0;
  const dontKnow = climate.dontKnow ?? 0.05;
  const leaderLevel = new Map<string, number>();
  const itemShift = Array.from({ length: items }, () => (random() - 0.5) * 0.8);
  const levelOf = (subject: string) => leaderLevel.get(subject) ?? leaderLevel.set(subject, 3.1 + shiftAll + random() * 1.3).get(subject)!;
  return (subject: string, role: string): Answer[] => {
    const selfLift = role === 'self' ? 0.3 + (random() < 0.25 ? 1 : 0) : 0;
    return itemShift.map((shift) => {
      if (role === 'employee' && random() < dontKnow) return 'dk';
      const value = levelOf(subject) + shift + selfLift + (random() - 0.5) * 2.2;
      return Math.min(5, Math.max(1, Math.round(value))) as 1 | 2 | 3 | 4 | 5;
    });
  };
}

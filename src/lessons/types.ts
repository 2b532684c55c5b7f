/**
 * Guided lessons: data files (src/lessons/data/*.json) a trainer writes without code. The format is
 * documented in docs/lessons.md; `validateLesson` (loader.ts) checks every file at load time.
 */

export interface Text {
  en: string;
  zh: string;
}

/**
 * What a question asks about the simulation at `at` seconds. The answer is COMPUTED from the trace
 * (answers.ts), never written in the lesson file: the file only lists the choices.
 */
export type Ask =
  /** kubectl get STATUS column, e.g. `CrashLoopBackOff`, `Init:0/1`, `Terminating`. */
  | { kind: 'status' }
  /** status.phase: Pending, Running, Succeeded, Failed. */
  | { kind: 'phase' }
  /** kubectl get READY column, e.g. `0/1`. */
  | { kind: 'ready' }
  /** restartCount of a container. */
  | { kind: 'restarts'; container: string }
  /** A pod condition's status: True / False. */
  | { kind: 'condition'; condition: string }
  /** Exit code of the container's most recent termination (state or lastState). */
  | { kind: 'exitCode'; container: string }
  /** The container's state: Waiting, Running or Terminated. */
  | { kind: 'containerState'; container: string }
  /** Seconds (whole) at which the n-th (1-based, default 1) event with this reason happened. */
  | { kind: 'eventTime'; reason: string; container?: string; n?: number }
  /** Does the Service list the Pod as a ready endpoint? yes / no. */
  | { kind: 'endpoint'; service: string };

export interface Question {
  prompt: Text;
  ask: Ask;
  /** Seconds since creation the question is about. */
  at: number;
  /** Offered answers (exactly one must equal the computed answer). Omit for free input. */
  choices?: string[];
}

/** A textual edit applied to the scenario manifest before the step runs. */
export interface Edit {
  find: string;
  replace: string;
}

export interface LessonStep {
  title: Text;
  /** Built-in scenario id (src/scenarios). */
  scenario: string;
  /** Replaces the scenario's interventions (`"30 delete"` …). */
  interventions?: string[];
  edits?: Edit[];
  /** Horizon in seconds (default: the scenario's). */
  until?: number;
  /** Where the cursor goes when the step opens (seconds). */
  seek: number;
  /** The setup: what to look at. */
  text: Text;
  question?: Question;
  /** Shown after answering (or revealing). */
  explain: Text;
  /** Where the cursor goes on reveal (default: question.at, else seek). */
  revealAt?: number;
}

export interface Lesson {
  id: string;
  /** Lessons are listed by this number. */
  order: number;
  title: Text;
  summary: Text;
  steps: LessonStep[];
}

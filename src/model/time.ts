import type { ArticleIds } from './ids.js';
import type { Evidence } from './span.js';

/**
 * A time expression exactly as precise as the text: "during the night" is a night, not a date.
 *
 * - `night`: "during the night", relative to the report.
 * - `weekday`: "on Tuesday"; which Tuesday the text does not say.
 * - `present`: "as of now", the time of the statement.
 * - `date`: "24 February 2022", with its ISO 8601 form in `normalized` (`2022-02-24`).
 * - `month`: "February 2022", with its ISO 8601 form in `normalized` (`2022-02`).
 * - `year`: "in 2022", with its ISO 8601 form in `normalized` (`2022`).
 * - `duration`: "nearly four-year", whose value is the statistic named by `statistic`.
 */
export type TimeExpression<I extends ArticleIds = ArticleIds> = NightTime | WeekdayTime | PresentTime | DateTime | MonthTime | YearTime | DurationTime<I>;

/**
 * A time the text gives as a calendar day, month or year: what `timeline` orders by.
 *
 * @example
 * const dated: CalendarTime['kind'][] = ['date', 'month', 'year'];
 */
export type CalendarTime = DateTime | MonthTime | YearTime;

/** A part of the night before the report, relative to it. */
export interface NightTime {
  /** Discriminant. */
  readonly kind: 'night';
  /** The words that give the time. */
  readonly evidence: Evidence;
}

/** A named day of the week, relative to the report. */
export interface WeekdayTime {
  /** Discriminant. */
  readonly kind: 'weekday';
  /** The day, lower case. */
  readonly weekday: 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
  /** The words that give the time. */
  readonly evidence: Evidence;
}

/** The time of speaking ("as of now"). */
export interface PresentTime {
  /** Discriminant. */
  readonly kind: 'present';
  /** The words that give the time. */
  readonly evidence: Evidence;
}

/** A calendar day the text names in full (day, month and year). */
export interface DateTime {
  /** Discriminant. */
  readonly kind: 'date';
  /** ISO 8601 calendar date, `YYYY-MM-DD`. */
  readonly normalized: `${number}-${number}-${number}`;
  /** The words that give the time. */
  readonly evidence: Evidence;
}

/** A calendar month the text names in full. */
export interface MonthTime {
  /** Discriminant. */
  readonly kind: 'month';
  /** ISO 8601 calendar month, `YYYY-MM`, exactly as precise as the text. */
  readonly normalized: `${number}-${number}`;
  /** The words that give the time. */
  readonly evidence: Evidence;
}

/** A calendar year the text names. */
export interface YearTime {
  /** Discriminant. */
  readonly kind: 'year';
  /** ISO 8601 year, `YYYY`. */
  readonly normalized: `${number}`;
  /** The words that give the time. */
  readonly evidence: Evidence;
}

/** How long something has lasted, measured by a statistic. */
export interface DurationTime<out I extends ArticleIds = ArticleIds> {
  /** Discriminant. */
  readonly kind: 'duration';
  /** The id of the statistic that holds the (possibly vague) length. */
  readonly statistic: I['statistic'];
  /** The words that give the time. */
  readonly evidence: Evidence;
}

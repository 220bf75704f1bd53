//! Calendar arithmetic on [`Moment`]s: law counts terms in months and years ("20 years from the
//! filing date", "a grace period of 6 months"), which are not fixed numbers of milliseconds.
//!
//! Dates are proleptic Gregorian in UTC. Adding months keeps the time of day and the day of the
//! month, clamped to the last day of a shorter month (31 January + 1 month = 28 or 29
//! February), as patent offices count.

use crate::{Moment, MILLISECS_PER_DAY};

/// A calendar date.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Date {
	/// The year, e.g. 2026.
	pub year: i64,
	/// The month, 1 to 12.
	pub month: u32,
	/// The day of the month, 1 to 31.
	pub day: u32,
}

/// Days from 1970-01-01 to `date` (negative before).
fn days_from_civil(date: Date) -> i64 {
	let year = if date.month <= 2 { date.year - 1 } else { date.year };
	let era = year.div_euclid(400);
	let year_of_era = year - era * 400;
	let month = i64::from(date.month);
	let day_of_year =
		(153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(date.day) - 1;
	let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
	era * 146_097 + day_of_era - 719_468
}

/// The date `days` after 1970-01-01.
fn civil_from_days(days: i64) -> Date {
	let days = days + 719_468;
	let era = days.div_euclid(146_097);
	let day_of_era = days - era * 146_097;
	let year_of_era =
		(day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
	let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
	let month_index = (5 * day_of_year + 2) / 153;
	let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
	let month = if month_index < 10 { month_index + 3 } else { month_index - 9 } as u32;
	let year = year_of_era + era * 400 + i64::from(month <= 2);
	Date { year, month, day }
}

fn is_leap(year: i64) -> bool {
	(year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
	match month {
		2 if is_leap(year) => 29,
		2 => 28,
		4 | 6 | 9 | 11 => 30,
		_ => 31,
	}
}

/// A time since the UNIX epoch (a pallet's `UnixTime::now()`) as a [`Moment`], saturating.
pub fn moment_of(since_epoch: core::time::Duration) -> Moment {
	since_epoch.as_millis().try_into().unwrap_or(Moment::MAX)
}

/// The earlier of two ends, where `None` is no end: the one that comes first of those there are.
pub fn earliest(a: Option<Moment>, b: Option<Moment>) -> Option<Moment> {
	match (a, b) {
		(Some(a), Some(b)) => Some(a.min(b)),
		(a, b) => a.or(b),
	}
}

/// The calendar date of `moment`.
pub fn date_of(moment: Moment) -> Date {
	civil_from_days((moment / MILLISECS_PER_DAY) as i64)
}

/// `moment` plus `months` calendar months, the day clamped to the month's last day; saturates
/// at `Moment::MAX`.
pub fn add_months(moment: Moment, months: u32) -> Moment {
	let time_of_day = moment % MILLISECS_PER_DAY;
	let date = date_of(moment);
	let month_index = date.year * 12 + i64::from(date.month - 1) + i64::from(months);
	let year = month_index.div_euclid(12);
	let month = month_index.rem_euclid(12) as u32 + 1;
	let day = date.day.min(days_in_month(year, month));
	let days = days_from_civil(Date { year, month, day });
	u64::try_from(days)
		.ok()
		.and_then(|days| days.checked_mul(MILLISECS_PER_DAY))
		.and_then(|start| start.checked_add(time_of_day))
		.unwrap_or(Moment::MAX)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_earliest_end_is_the_first_of_those_there_are() {
		assert_eq!(earliest(Some(5), Some(3)), Some(3));
		assert_eq!(earliest(Some(5), None), Some(5));
		assert_eq!(earliest(None, Some(3)), Some(3));
		assert_eq!(earliest(None, None), None);
	}

	fn at(year: i64, month: u32, day: u32) -> Moment {
		days_from_civil(Date { year, month, day }) as u64 * MILLISECS_PER_DAY
	}

	#[test]
	fn converts_dates_both_ways() {
		assert_eq!(at(1970, 1, 1), 0);
		assert_eq!(at(2026, 1, 1), 1_767_225_600_000);
		assert_eq!(date_of(1_767_225_600_000), Date { year: 2026, month: 1, day: 1 });
		for days in [0, 59, 365, 10_956, 20_000, 47_482, 100_000] {
			let date = civil_from_days(days);
			assert_eq!(days_from_civil(date), days, "{date:?}");
		}
		assert_eq!(date_of(at(2000, 2, 29)), Date { year: 2000, month: 2, day: 29 });
	}

	#[test]
	fn adds_calendar_months() {
		assert_eq!(add_months(at(2026, 3, 15), 12), at(2027, 3, 15));
		assert_eq!(add_months(at(2026, 3, 15), 240), at(2046, 3, 15), "a patent's 20 years");
		assert_eq!(add_months(at(2026, 11, 30), 3), at(2027, 2, 28));
		assert_eq!(add_months(at(2027, 12, 31), 2), at(2028, 2, 29), "leap year");
		assert_eq!(add_months(at(2024, 2, 29), 12), at(2025, 2, 28));
		assert_eq!(add_months(at(2026, 1, 31) + 1234, 1), at(2026, 2, 28) + 1234, "time of day");
		assert_eq!(add_months(at(2026, 5, 5), 0), at(2026, 5, 5));
		assert_eq!(add_months(Moment::MAX, 12), Moment::MAX);
	}
}

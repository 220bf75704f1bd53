//! Unit tests: every call's success and every `Error` it can return. This file holds the
//! original suite by call; the files beside it hold one area each.

mod consent;
mod dates;
mod disposal;
mod ended_rights;
mod fees;
mod input_bounds;
mod member_states;
mod numbers;
mod origins;
mod random_calls;
mod recordals;
mod works;

use crate::{mock::*, types::*, *};
use frame_support::{assert_noop, assert_ok, traits::Get};
use ipledger_primitives::{
	traits::{PartiesInspect, RightsInspect},
	HashAlgorithm, LegalState, OfficeCode, RightKind,
};
use sp_runtime::{DispatchError::BadOrigin, DispatchResult, Perbill};

const ALICE: u64 = 1;
const BOB: u64 = 2;
const DAY: u64 = ipledger_primitives::MILLISECS_PER_DAY;

fn whole(who: u64) -> Vec<(u64, Perbill)> {
	vec![(who, Perbill::one())]
}

fn document() -> Document<Vec<u8>> {
	Document {
		algorithm: HashAlgorithm::Blake2b256,
		digest: [7; 32].into(),
		size: 1_024,
		media_type: b"application/pdf".to_vec(),
		locator: b"ipfs://bafy-spec".to_vec(),
	}
}

/// A valid application by `ALICE` with `EP`, with `change` applied to its arguments.
struct Filing {
	who: u64,
	office: OfficeCode,
	kind: RightKind,
	title: Vec<u8>,
	applicants: Vec<(u64, Perbill)>,
	classifications: Vec<Vec<u8>>,
	document: Document<Vec<u8>>,
}

impl Filing {
	fn new() -> Self {
		Filing {
			who: ALICE,
			office: EP,
			kind: RightKind::Patent,
			title: b"Ledger of rights".to_vec(),
			applicants: whole(ALICE),
			classifications: vec![b"H04L 9/32".to_vec()],
			document: document(),
		}
	}

	fn with(mut self, change: impl FnOnce(&mut Self)) -> Self {
		change(&mut self);
		self
	}

	fn submit(self) -> DispatchResult {
		Registry::file_application(
			RuntimeOrigin::signed(self.who),
			self.office,
			self.kind,
			self.title,
			self.applicants,
			self.classifications,
			self.document,
		)
		.map(|_| ())
		.map_err(|e| e.error)
	}
}

fn details(event_date: u64) -> EventDetails<Vec<u8>> {
	EventDetails {
		event_date,
		effective_date: None,
		office_event_code: b"A1".to_vec(),
		gazette_reference: b"2026/01".to_vec(),
	}
}

fn record(who: u64, right: u64, event: KeyEvent) -> DispatchResult {
	Registry::record_event(RuntimeOrigin::signed(who), right, event, details(START))
}

/// Files the default application: right 0.
pub(crate) fn filed() -> u64 {
	assert_ok!(Filing::new().submit());
	0
}

/// Grants `right` at the EPO, dated `date`.
fn grant_on(right: u64, date: u64) -> DispatchResult {
	Registry::record_event(RuntimeOrigin::signed(EP_ADMIN), right, KeyEvent::Grant, details(date))
}

/// Makes a filing a trademark application in Nice class 9.
fn trademark(filing: &mut Filing) {
	filing.kind = RightKind::Trademark;
	filing.classifications = vec![b"9".to_vec()];
}

/// Files a layout design (one 10-year term, no renewals) with the EPO; returns its id.
fn layout_design() -> u64 {
	let right = NextRightId::<Test>::get();
	assert_ok!(Filing::new()
		.with(|f| {
			f.kind = RightKind::IntegratedCircuitLayout;
			f.classifications = vec![];
		})
		.submit());
	right
}

/// The salt of the tests' commitments to anchors.
const SALT: [u8; 32] = [9; 32];

/// `who`'s party commits to anchoring `digest`, and the chain moves on a block so that the
/// commitment can be revealed.
fn commit(who: u64, digest: ipledger_primitives::Hash) {
	let party = TestParties::party_of(&who).expect("the committer has a party");
	let commitment = anchor_commitment(party, &digest, &SALT);
	assert_ok!(Registry::commit_anchor(RuntimeOrigin::signed(who), commitment));
	System::set_block_number(System::block_number() + 1);
}

/// `who` reveals its commitment to `digest` and anchors it.
fn reveal(
	who: u64,
	kind: RightKind,
	digest: ipledger_primitives::Hash,
	title: &[u8],
	derived_from: Option<ipledger_primitives::Hash>,
) -> DispatchResult {
	Registry::anchor(RuntimeOrigin::signed(who), kind, digest, title.to_vec(), derived_from, SALT)
}

/// `who` commits to `digest` and anchors it as `kind` titled `title`; returns the right the
/// anchor made.
pub(crate) fn anchor_work(
	who: u64,
	kind: RightKind,
	digest: ipledger_primitives::Hash,
	title: &[u8],
) -> ipledger_primitives::RightId {
	let right = NextRightId::<Test>::get();
	commit(who, digest);
	assert_ok!(reveal(who, kind, digest, title, None));
	assert_eq!(Anchors::<Test>::get(digest).map(|anchor| anchor.right), Some(right));
	right
}

/// Fills the right's history to `MaxHistoryLen` with copies of its latest entry.
fn fill_history(right: u64) {
	let record = Rights::<Test>::get(right).unwrap();
	let last = History::<Test>::get(right, record.history_len - 1).unwrap();
	let max = <Test as Config>::MaxHistoryLen::get();
	for index in record.history_len..max {
		History::<Test>::insert(right, index, last.clone());
	}
	Rights::<Test>::mutate(right, |r| r.as_mut().unwrap().history_len = max);
}

mod file_application {
	use super::*;

	#[test]
	fn files_a_pending_application() {
		test(|| {
			let applicants =
				vec![(ALICE, Perbill::from_percent(60)), (BOB, Perbill::from_percent(40))];
			assert_ok!(Filing::new().with(|f| f.applicants = applicants.clone()).submit());
			// Bob is named: the application waits for him.
			assert!(Rights::<Test>::get(0).is_none());
			assert_ok!(Registry::accept_filing(RuntimeOrigin::signed(BOB), 0));

			let right = Rights::<Test>::get(0).unwrap();
			assert_eq!(right.office, Some(EP));
			assert_eq!(right.kind, RightKind::Patent);
			assert_eq!(right.application_number, 1);
			assert_eq!(right.owners.to_vec(), applicants);
			assert_eq!(right.classifications[0].to_vec(), b"H04L 9/32".to_vec());
			assert_eq!(
				right.document.as_ref().unwrap().locator.to_vec(),
				b"ipfs://bafy-spec".to_vec()
			);
			assert_eq!(right.stage, Stage::Filed);
			assert_eq!(right.legal_state_at(START), LegalState::Pending);
			assert_eq!(right.filing_date, START);
			assert_eq!(right.filed_by, ALICE);
			assert!(RightsOf::<Test>::contains_key(ALICE, 0));
			assert!(RightsOf::<Test>::contains_key(BOB, 0));
			assert_eq!(ApplicationIndex::<Test>::get(EP, 1), Some(0));
			let filing = History::<Test>::get(0, 0).unwrap();
			assert_eq!(
				(filing.event, filing.stage, filing.recorded_by),
				(KeyEvent::Filing, Stage::Filed, ALICE)
			);
			assert_eq!(NextRightId::<Test>::get(), 1);
			System::assert_has_event(
				Event::ApplicationFiled {
					right: 0,
					office: EP,
					kind: RightKind::Patent,
					application_number: 1,
					filed_by: ALICE,
				}
				.into(),
			);
		});
	}

	#[test]
	fn numbers_applications_per_office() {
		test(|| {
			assert_ok!(Filing::new().submit());
			assert_ok!(Filing::new().with(|f| f.office = US).submit());
			assert_ok!(Filing::new()
				.with(|f| {
					f.kind = RightKind::Trademark;
					f.classifications = vec![b"9".to_vec(), b"26.04.05".to_vec()];
				})
				.submit());
			assert_eq!(ApplicationIndex::<Test>::get(EP, 1), Some(0));
			assert_eq!(ApplicationIndex::<Test>::get(US, 1), Some(1));
			assert_eq!(ApplicationIndex::<Test>::get(EP, 2), Some(2));
			assert_eq!(LastApplicationNumber::<Test>::get(EP), 2);
			assert_eq!(LastApplicationNumber::<Test>::get(US), 1);
		});
	}

	#[test]
	fn accepts_every_registered_kind_and_no_classification() {
		use RightKind::*;
		test(|| {
			for kind in [
				Patent,
				UtilityModel,
				Trademark,
				IndustrialDesign,
				GeographicalIndication,
				PlantVariety,
				IntegratedCircuitLayout,
			] {
				assert_ok!(Filing::new()
					.with(|f| {
						f.kind = kind;
						f.classifications = vec![];
					})
					.submit());
			}
		});
	}

	#[test]
	fn fails_if_unsigned() {
		test(|| {
			let f = Filing::new();
			assert_noop!(
				Registry::file_application(
					RuntimeOrigin::none(),
					f.office,
					f.kind,
					f.title,
					f.applicants,
					f.classifications,
					f.document
				),
				BadOrigin
			);
		});
	}

	#[test]
	fn fails_on_an_invalid_office_code() {
		test(|| {
			assert_noop!(
				Filing::new().with(|f| f.office = OfficeCode(*b"ep")).submit(),
				Error::<Test>::InvalidOfficeCode
			);
		});
	}

	#[test]
	fn fails_on_an_unknown_office() {
		test(|| {
			assert_noop!(
				Filing::new().with(|f| f.office = OfficeCode(*b"JP")).submit(),
				Error::<Test>::UnknownOffice
			);
		});
	}

	#[test]
	fn fails_for_unregistered_kinds() {
		test(|| {
			for kind in [RightKind::Copyright, RightKind::TradeSecret] {
				assert_noop!(
					Filing::new().with(|f| f.kind = kind).submit(),
					Error::<Test>::NotRegistrable
				);
			}
		});
	}

	#[test]
	fn fails_on_an_empty_or_non_utf8_title() {
		test(|| {
			for title in [vec![], vec![0xc3, 0x28]] {
				assert_noop!(
					Filing::new().with(|f| f.title = title).submit(),
					Error::<Test>::InvalidTitle
				);
			}
		});
	}

	#[test]
	fn fails_on_a_long_title() {
		test(|| {
			assert_noop!(
				Filing::new().with(|f| f.title = vec![b't'; 33]).submit(),
				Error::<Test>::TitleTooLong
			);
		});
	}

	#[test]
	fn fails_without_applicants() {
		test(|| {
			assert_noop!(
				Filing::new().with(|f| f.applicants = vec![]).submit(),
				Error::<Test>::NoApplicants
			);
		});
	}

	#[test]
	fn fails_with_too_many_applicants() {
		test(|| {
			let quarter = Perbill::from_percent(25);
			assert_noop!(
				Filing::new()
					.with(|f| f.applicants =
						vec![(1, quarter), (2, quarter), (3, quarter), (4, quarter)])
					.submit(),
				Error::<Test>::TooManyApplicants
			);
		});
	}

	#[test]
	fn fails_with_a_duplicate_applicant() {
		test(|| {
			let half = Perbill::from_percent(50);
			assert_noop!(
				Filing::new()
					.with(|f| f.applicants = vec![(ALICE, half), (ALICE, half)])
					.submit(),
				Error::<Test>::DuplicateApplicant
			);
		});
	}

	#[test]
	fn fails_with_a_zero_share() {
		test(|| {
			assert_noop!(
				Filing::new()
					.with(|f| f.applicants = vec![(ALICE, Perbill::one()), (BOB, Perbill::zero())])
					.submit(),
				Error::<Test>::ZeroShare
			);
		});
	}

	#[test]
	fn fails_unless_shares_make_exactly_100_percent() {
		test(|| {
			let under = vec![(ALICE, Perbill::from_percent(50)), (BOB, Perbill::from_percent(49))];
			let over = vec![(ALICE, Perbill::from_percent(60)), (BOB, Perbill::from_percent(41))];
			let one_part_short = vec![(ALICE, Perbill::from_parts(999_999_999))];
			for applicants in [under, over, one_part_short] {
				assert_noop!(
					Filing::new().with(|f| f.applicants = applicants).submit(),
					Error::<Test>::SharesNotWhole
				);
			}
		});
	}

	#[test]
	fn fails_if_the_signer_has_no_party() {
		test(|| {
			assert_noop!(Filing::new().with(|f| f.who = NO_PARTY).submit(), Error::<Test>::NoParty);
		});
	}

	#[test]
	fn fails_for_an_unknown_applicant_party() {
		test(|| {
			let applicants = vec![
				(ALICE, Perbill::from_percent(50)),
				(UNKNOWN_PARTY, Perbill::from_percent(50)),
			];
			assert_noop!(
				Filing::new().with(|f| f.applicants = applicants).submit(),
				Error::<Test>::UnknownParty
			);
		});
	}

	#[test]
	fn an_office_account_files_for_the_office_party() {
		test(|| {
			// The EPO itself applies (its accounts act for its party).
			assert_ok!(Filing::new()
				.with(|f| {
					f.who = 11;
					f.applicants = whole(EP_PARTY);
				})
				.submit());
			assert_eq!(Registry::owners(0), vec![(EP_PARTY, Perbill::one())]);
		});
	}

	#[test]
	fn an_agent_files_and_acts_for_its_principal() {
		test(|| {
			assert_ok!(Filing::new().with(|f| f.who = AGENT).submit());
			assert_eq!(Registry::owners(0), whole(ALICE), "the agent does not own");
			assert_eq!(Rights::<Test>::get(0).unwrap().filed_by, AGENT);
			let claim = PriorityClaim {
				office: OfficeCode(*b"JP"),
				application_number: b"A1".to_vec(),
				filing_date: START - DAY,
			};
			assert_ok!(Registry::claim_priority(RuntimeOrigin::signed(AGENT), 0, claim));
			let inventor = Inventor { name: b"Ada".to_vec(), party: None };
			assert_ok!(Registry::designate_inventors(
				RuntimeOrigin::signed(AGENT),
				0,
				vec![inventor]
			));
			// An agent of party 1 is not an agent of BOB.
			assert_noop!(
				Filing::new()
					.with(|f| {
						f.who = AGENT;
						f.applicants = whole(BOB);
					})
					.submit(),
				Error::<Test>::NotAnApplicant
			);
		});
	}

	#[test]
	fn fails_if_the_filer_is_not_an_applicant() {
		test(|| {
			assert_noop!(
				Filing::new().with(|f| f.applicants = whole(BOB)).submit(),
				Error::<Test>::NotAnApplicant
			);
		});
	}

	#[test]
	fn fails_with_too_many_classifications() {
		test(|| {
			assert_noop!(
				Filing::new().with(|f| f.classifications = vec![b"H04L".to_vec(); 3]).submit(),
				Error::<Test>::TooManyClassifications
			);
		});
	}

	#[test]
	fn fails_on_an_invalid_classification() {
		test(|| {
			for code in [vec![], b"H04L\n9/32".to_vec(), "Ц".as_bytes().to_vec(), vec![b'H'; 33]] {
				assert_noop!(
					Filing::new().with(|f| f.classifications = vec![code]).submit(),
					Error::<Test>::InvalidClassification
				);
			}
			// Well formed, but in another kind's scheme.
			for (kind, code) in [
				(RightKind::Patent, &b"42"[..]),
				(RightKind::Trademark, b"H04L 9/32"),
				(RightKind::IndustrialDesign, b"9"),
				(RightKind::PlantVariety, b"14-02"),
			] {
				assert_noop!(
					Filing::new()
						.with(|f| {
							f.kind = kind;
							f.classifications = vec![code.to_vec()];
						})
						.submit(),
					Error::<Test>::InvalidClassification
				);
			}
		});
	}

	#[test]
	fn fails_on_an_invalid_locator() {
		test(|| {
			for locator in [vec![], b"ipfs://a b\t".to_vec()] {
				assert_noop!(
					Filing::new().with(|f| f.document.locator = locator).submit(),
					Error::<Test>::InvalidLocator
				);
			}
		});
	}

	#[test]
	fn fails_on_a_document_that_describes_nothing() {
		test(|| {
			assert_noop!(
				Filing::new().with(|f| f.document.size = 0).submit(),
				Error::<Test>::EmptyDocument
			);
			for media_type in [b"pdf".to_vec(), b"text/plain; charset=utf-8".to_vec()] {
				assert_noop!(
					Filing::new().with(|f| f.document.media_type = media_type).submit(),
					Error::<Test>::InvalidMediaType
				);
			}
		});
	}

	#[test]
	fn fails_on_a_long_locator() {
		test(|| {
			assert_noop!(
				Filing::new().with(|f| f.document.locator = vec![b'l'; 25]).submit(),
				Error::<Test>::LocatorTooLong
			);
		});
	}

	#[test]
	fn fails_when_ids_are_exhausted() {
		new_test_ext().execute_with(|| {
			NextRightId::<Test>::put(u64::MAX);
			assert_noop!(Filing::new().submit(), Error::<Test>::Overflow);
		});
	}
}

mod record_event {
	use super::*;

	#[test]
	fn publishes_then_grants() {
		test(|| {
			let right = filed();
			Timestamp::set_timestamp(START + 30 * DAY);
			let published = EventDetails {
				event_date: START + 18 * DAY,
				effective_date: None,
				office_event_code: b"A1".to_vec(),
				gazette_reference: b"EPB 2026/03".to_vec(),
			};
			assert_ok!(Registry::record_event(
				RuntimeOrigin::signed(EP_ADMIN),
				right,
				KeyEvent::Publication,
				published
			));
			assert_eq!(Rights::<Test>::get(right).unwrap().stage, Stage::Published);
			System::assert_last_event(
				Event::StatusRecorded {
					right,
					event: KeyEvent::Publication,
					stage: Stage::Published,
					recorded_by: EP_ADMIN,
				}
				.into(),
			);

			let grant = details(START + 20 * DAY);
			assert_ok!(Registry::record_event(
				RuntimeOrigin::signed(11),
				right,
				KeyEvent::Grant,
				grant
			));
			let granted = Rights::<Test>::get(right).unwrap();
			assert_eq!(
				(granted.stage, granted.legal_state_at(START)),
				(Stage::Granted, LegalState::InForce)
			);
			assert_eq!(granted.history_len, 3);
			let history: Vec<_> = (0..3).map(|i| History::<Test>::get(right, i).unwrap()).collect();
			assert_eq!(
				history.iter().map(|r| r.event).collect::<Vec<_>>(),
				vec![KeyEvent::Filing, KeyEvent::Publication, KeyEvent::Grant]
			);
			assert_eq!(history[1].details.event_date, START + 18 * DAY);
			assert_eq!(history[1].details.gazette_reference.to_vec(), b"EPB 2026/03".to_vec());
			assert_eq!(history[1].recorded_at, START + 30 * DAY);
			assert_eq!(history[2].recorded_by, 11);
		});
	}

	#[test]
	fn refuses_or_withdraws_a_pending_application() {
		test(|| {
			let right = filed();
			assert_ok!(record(EP_ADMIN, right, KeyEvent::Refusal));
			assert_eq!(Registry::legal_state(right), Some(LegalState::NoLongerInForce));
			assert_ok!(Filing::new().submit());
			assert_ok!(record(EP_ADMIN, 1, KeyEvent::Publication));
			assert_ok!(record(EP_ADMIN, 1, KeyEvent::Withdrawal));
			assert_eq!(Rights::<Test>::get(1).unwrap().stage, Stage::Withdrawn);
		});
	}

	#[test]
	fn fails_if_unsigned() {
		test(|| {
			let right = filed();
			assert_noop!(
				Registry::record_event(
					RuntimeOrigin::none(),
					right,
					KeyEvent::Grant,
					details(START)
				),
				BadOrigin
			);
		});
	}

	#[test]
	fn fails_on_an_unknown_right() {
		test(|| {
			assert_noop!(record(EP_ADMIN, 9, KeyEvent::Grant), Error::<Test>::UnknownRight);
		});
	}

	#[test]
	fn an_examiner_records_for_its_office() {
		test(|| {
			let right = filed();
			assert_ok!(record(EXAMINER, right, KeyEvent::Publication));
			assert_eq!(History::<Test>::get(right, 1).map(|r| r.recorded_by), Some(EXAMINER));
		});
	}

	#[test]
	fn fails_if_not_acting_for_the_rights_office() {
		test(|| {
			let right = filed();
			assert_noop!(record(US_ADMIN, right, KeyEvent::Grant), Error::<Test>::NotOffice);
			assert_noop!(record(ALICE, right, KeyEvent::Grant), Error::<Test>::NotOffice);
		});
	}

	#[test]
	fn fails_to_record_a_second_filing() {
		test(|| {
			let right = filed();
			assert_noop!(record(EP_ADMIN, right, KeyEvent::Filing), Error::<Test>::AlreadyFiled);
		});
	}

	#[test]
	fn fails_to_publish_twice() {
		test(|| {
			let right = filed();
			assert_ok!(record(EP_ADMIN, right, KeyEvent::Publication));
			assert_noop!(
				record(EP_ADMIN, right, KeyEvent::Publication),
				Error::<Test>::AlreadyPublished
			);
		});
	}

	#[test]
	fn fails_on_a_granted_right() {
		test(|| {
			let right = filed();
			assert_ok!(record(EP_ADMIN, right, KeyEvent::Grant));
			for event in [KeyEvent::Grant, KeyEvent::Refusal, KeyEvent::Withdrawal] {
				assert_noop!(record(EP_ADMIN, right, event), Error::<Test>::AlreadyGranted);
			}
		});
	}

	#[test]
	fn fails_to_grant_a_refused_application() {
		test(|| {
			let right = filed();
			assert_ok!(record(EP_ADMIN, right, KeyEvent::Refusal));
			assert_noop!(
				record(EP_ADMIN, right, KeyEvent::Grant),
				Error::<Test>::ApplicationRefused
			);
		});
	}

	#[test]
	fn fails_to_grant_a_withdrawn_application() {
		test(|| {
			let right = filed();
			assert_ok!(record(EP_ADMIN, right, KeyEvent::Withdrawal));
			assert_noop!(
				record(EP_ADMIN, right, KeyEvent::Grant),
				Error::<Test>::ApplicationWithdrawn
			);
		});
	}

	#[test]
	fn fails_on_an_event_date_before_filing() {
		test(|| {
			let right = filed();
			assert_noop!(
				Registry::record_event(
					RuntimeOrigin::signed(EP_ADMIN),
					right,
					KeyEvent::Grant,
					details(START - 1)
				),
				Error::<Test>::EventBeforeFiling
			);
		});
	}

	#[test]
	fn fails_on_an_event_date_in_the_future() {
		test(|| {
			let right = filed();
			assert_noop!(
				Registry::record_event(
					RuntimeOrigin::signed(EP_ADMIN),
					right,
					KeyEvent::Grant,
					details(START + 1)
				),
				Error::<Test>::EventInFuture
			);
		});
	}

	#[test]
	fn fails_on_a_long_reference() {
		test(|| {
			let right = filed();
			let long = vec![b'r'; MAX_REFERENCE_LEN as usize + 1];
			for details in [
				EventDetails { office_event_code: long.clone(), ..details(START) },
				EventDetails { gazette_reference: long, ..details(START) },
			] {
				assert_noop!(
					Registry::record_event(
						RuntimeOrigin::signed(EP_ADMIN),
						right,
						KeyEvent::Grant,
						details
					),
					Error::<Test>::ReferenceTooLong
				);
			}
		});
	}

	#[test]
	fn fails_when_the_history_is_full() {
		test(|| {
			let right = filed();
			assert_ok!(record(EP_ADMIN, right, KeyEvent::Publication));
			fill_history(right);
			assert_noop!(record(EP_ADMIN, right, KeyEvent::Grant), Error::<Test>::HistoryFull);
		});
	}
}

mod rules_and_terms {
	use super::*;
	use crate::rules::{KindRules, TermStart};
	use ipledger_primitives::date::add_months;

	#[test]
	fn defaults_apply_until_governance_sets_rules() {
		test(|| {
			assert_eq!(Registry::rules_for(EP, RightKind::Patent).max_term_months, 240);
			let mut rules = KindRules::default_for(RightKind::Patent);
			rules.max_term_months = 120;
			rules.renewal_fee = 5;
			assert_ok!(Registry::set_rules(
				RuntimeOrigin::root(),
				EP,
				RightKind::Patent,
				rules.clone()
			));
			assert_eq!(Registry::rules_for(EP, RightKind::Patent), rules);
			assert_eq!(Registry::rules_for(US, RightKind::Patent).max_term_months, 240);
			System::assert_last_event(
				Event::RulesSet { office: EP, kind: RightKind::Patent }.into(),
			);
		});
	}

	#[test]
	fn set_rules_refuses_bad_requests() {
		test(|| {
			let rules = KindRules::default_for(RightKind::Patent);
			assert_noop!(
				Registry::set_rules(
					RuntimeOrigin::signed(EP_ADMIN),
					EP,
					RightKind::Patent,
					rules.clone()
				),
				BadOrigin
			);
			assert_noop!(
				Registry::set_rules(
					RuntimeOrigin::root(),
					OfficeCode(*b"e1"),
					RightKind::Patent,
					rules.clone()
				),
				Error::<Test>::InvalidOfficeCode
			);
			assert_noop!(
				Registry::set_rules(RuntimeOrigin::root(), EP, RightKind::Copyright, rules.clone()),
				Error::<Test>::NotRegistrable
			);
			let mut bad = rules;
			bad.max_term_months = 1;
			assert_noop!(
				Registry::set_rules(RuntimeOrigin::root(), EP, RightKind::Patent, bad),
				Error::<Test>::InvalidRules
			);
		});
	}

	#[test]
	fn a_grant_fixes_the_term_from_the_rules() {
		test(|| {
			let patent = filed();
			Timestamp::set_timestamp(START + 3 * DAY);
			assert_ok!(grant_on(patent, START + 2 * DAY));
			let term = Rights::<Test>::get(patent).unwrap().term.unwrap();
			assert_eq!(term.ends, add_months(START, 12), "the first annuity year");
			assert_eq!(term.grace_ends, add_months(START, 18));
			assert_eq!(term.limit(), Some(add_months(START, 240)), "20 years from filing");

			// A term counted from grant, per the office's rules.
			let mut rules = KindRules::default_for(RightKind::Trademark);
			rules.term_start = TermStart::Grant;
			assert_ok!(Registry::set_rules(RuntimeOrigin::root(), EP, RightKind::Trademark, rules));
			assert_ok!(Filing::new().with(trademark).submit());
			assert_ok!(grant_on(1, START + 3 * DAY));
			let mark = Rights::<Test>::get(1).unwrap().term.unwrap();
			assert_eq!((mark.ends, mark.limit()), (add_months(START + 3 * DAY, 120), None));
		});
	}

	#[test]
	fn a_right_without_a_term_never_ends() {
		test(|| {
			assert_ok!(Filing::new()
				.with(|f| {
					f.kind = RightKind::GeographicalIndication;
					f.classifications = vec![b"33".to_vec()];
				})
				.submit());
			assert_ok!(grant_on(0, START));
			assert_eq!(Rights::<Test>::get(0).unwrap().term, None);
			Timestamp::set_timestamp(add_months(START, 1_200));
			assert!(Registry::is_in_force(0));
			assert_noop!(
				Registry::record_term_end(RuntimeOrigin::signed(BOB), 0),
				Error::<Test>::TermNotEnded
			);
		});
	}

	#[test]
	fn past_its_term_a_right_is_no_longer_in_force_before_and_after_expiry_is_recorded() {
		test(|| {
			let right = layout_design();
			assert_ok!(grant_on(right, START));
			let end = add_months(START, 120);
			Timestamp::set_timestamp(end - 1);
			assert!(Registry::is_in_force(right));
			assert_noop!(
				Registry::record_term_end(RuntimeOrigin::signed(BOB), right),
				Error::<Test>::TermNotEnded
			);

			Timestamp::set_timestamp(end);
			assert_eq!(Registry::legal_state(right), Some(LegalState::NoLongerInForce));
			assert!(Registry::is_in_force_on(right, end - 1));
			assert!(!Registry::is_in_force_on(right, end));

			assert_ok!(Registry::record_term_end(RuntimeOrigin::signed(BOB), right));
			let expired = Rights::<Test>::get(right).unwrap();
			assert_eq!(expired.stage, Stage::Expired);
			assert_eq!(expired.history_len, 3);
			let entry = History::<Test>::get(right, 2).unwrap();
			assert_eq!(
				(entry.event, entry.details.event_date, entry.recorded_by),
				(KeyEvent::Expiry, end, BOB)
			);
			System::assert_last_event(Event::RightExpired { right, on: end }.into());
			assert_eq!(Registry::legal_state(right), Some(LegalState::NoLongerInForce));
			assert!(!Registry::is_in_force_on(right, end + DAY));
			assert!(
				Registry::is_in_force_on(right, end - DAY),
				"the history still dates the grant"
			);
		});
	}

	#[test]
	fn record_term_end_refuses_bad_requests() {
		test(|| {
			assert_noop!(
				Registry::record_term_end(RuntimeOrigin::signed(BOB), 9),
				Error::<Test>::UnknownRight
			);
			let right = filed();
			assert_noop!(
				Registry::record_term_end(RuntimeOrigin::signed(BOB), right),
				Error::<Test>::TermNotEnded
			);
			assert_noop!(Registry::record_term_end(RuntimeOrigin::none(), right), BadOrigin);
		});
	}

	#[test]
	fn record_term_end_fails_when_the_history_is_full() {
		test(|| {
			let right = layout_design();
			assert_ok!(grant_on(right, START));
			fill_history(right);
			Timestamp::set_timestamp(add_months(START, 120));
			assert_noop!(
				Registry::record_term_end(RuntimeOrigin::signed(BOB), right),
				Error::<Test>::HistoryFull
			);
		});
	}

	#[test]
	fn offices_do_not_record_expiry_and_nothing_follows_it() {
		test(|| {
			let right = layout_design();
			assert_ok!(grant_on(right, START));
			for event in [KeyEvent::Expiry, KeyEvent::Renewal, KeyEvent::OwnershipChange] {
				assert_noop!(record(EP_ADMIN, right, event), Error::<Test>::NotAnOfficeEvent);
			}
			Timestamp::set_timestamp(add_months(START, 120));
			assert_ok!(Registry::record_term_end(RuntimeOrigin::signed(BOB), right));
			assert_noop!(record(EP_ADMIN, right, KeyEvent::Refusal), Error::<Test>::Expired);
		});
	}

	#[test]
	fn an_office_without_publication_refuses_to_publish() {
		test(|| {
			let mut rules = KindRules::default_for(RightKind::Patent);
			rules.publication = false;
			assert_ok!(Registry::set_rules(RuntimeOrigin::root(), EP, RightKind::Patent, rules));
			let right = filed();
			assert_noop!(
				record(EP_ADMIN, right, KeyEvent::Publication),
				Error::<Test>::NoPublication
			);
			assert_ok!(grant_on(right, START));
		});
	}
}

mod priority {
	use super::*;
	use crate::rules::KindRules;

	fn claim(office: &[u8; 2], number: &[u8], date: u64) -> PriorityClaim<Vec<u8>> {
		PriorityClaim {
			office: OfficeCode(*office),
			application_number: number.to_vec(),
			filing_date: date,
		}
	}

	fn claim_as(who: u64, right: u64, claim: PriorityClaim<Vec<u8>>) -> DispatchResult {
		Registry::claim_priority(RuntimeOrigin::signed(who), right, claim)
	}

	/// Files right 0 at START, then right 1 thirty days later.
	fn earlier_and_later() -> (u64, u64) {
		let earlier = filed();
		Timestamp::set_timestamp(START + 30 * DAY);
		assert_ok!(Filing::new().submit());
		(earlier, 1)
	}

	#[test]
	fn claims_a_foreign_priority_within_the_period() {
		test(|| {
			let right = filed();
			assert_ok!(claim_as(ALICE, right, claim(b"JP", b"2025-123456", START - 100 * DAY)));
			assert_ok!(claim_as(ALICE, right, claim(b"US", b"18/123,456", START - 200 * DAY)));
			let claims: Vec<_> = Rights::<Test>::get(right)
				.unwrap()
				.priorities
				.iter()
				.map(|c| c.office)
				.collect();
			assert_eq!(claims, vec![US, OfficeCode(*b"JP")], "earliest first");
			System::assert_last_event(
				Event::PriorityClaimed { right, office: US, filing_date: START - 200 * DAY }.into(),
			);
		});
	}

	#[test]
	fn an_earlier_application_on_the_chain_must_match() {
		test(|| {
			let (_, later) = earlier_and_later();
			assert_noop!(
				claim_as(ALICE, later, claim(b"EP", b"1", START - DAY)),
				Error::<Test>::PriorityMismatch
			);
			assert_ok!(claim_as(ALICE, later, claim(b"EP", b"1", START)));
			// A trademark cannot claim a patent application's priority.
			assert_ok!(Filing::new()
				.with(|f| {
					f.kind = RightKind::Trademark;
					f.classifications = vec![];
				})
				.submit());
			assert_noop!(
				claim_as(ALICE, 2, claim(b"EP", b"1", START)),
				Error::<Test>::PriorityMismatch
			);
		});
	}

	#[test]
	fn the_period_is_the_kinds() {
		test(|| {
			Timestamp::set_timestamp(START + 400 * DAY);
			let right = filed();
			let filed_at = START + 400 * DAY;
			let eleven_months_before = filed_at - 335 * DAY;
			assert_ok!(claim_as(ALICE, right, claim(b"JP", b"A1", eleven_months_before)));
			assert_noop!(
				claim_as(ALICE, right, claim(b"JP", b"A2", filed_at - 370 * DAY)),
				Error::<Test>::PriorityExpired
			);
			// A trademark's period is six months.
			assert_ok!(Filing::new()
				.with(|f| {
					f.kind = RightKind::Trademark;
					f.classifications = vec![];
				})
				.submit());
			assert_noop!(
				claim_as(ALICE, 1, claim(b"JP", b"T1", eleven_months_before)),
				Error::<Test>::PriorityExpired
			);
		});
	}

	#[test]
	fn claim_priority_refuses_bad_requests() {
		test(|| {
			let right = filed();
			let good = claim(b"JP", b"A1", START - DAY);
			assert_noop!(claim_as(ALICE, 9, good.clone()), Error::<Test>::UnknownRight);
			assert_noop!(claim_as(NO_PARTY, right, good.clone()), Error::<Test>::NoParty);
			assert_noop!(claim_as(BOB, right, good.clone()), Error::<Test>::NotAnOwner);
			assert_noop!(
				claim_as(ALICE, right, claim(b"jp", b"A1", START - DAY)),
				Error::<Test>::InvalidOfficeCode
			);
			for number in [&b""[..], b"A 1", &[b'9'; 33]] {
				assert_noop!(
					claim_as(ALICE, right, claim(b"JP", number, START - DAY)),
					Error::<Test>::InvalidApplicationNumber
				);
			}
			assert_noop!(
				claim_as(ALICE, right, claim(b"JP", b"A1", START)),
				Error::<Test>::PriorityNotEarlier
			);
			assert_ok!(claim_as(ALICE, right, good.clone()));
			assert_noop!(claim_as(ALICE, right, good), Error::<Test>::PriorityNotAdded);
			assert_ok!(claim_as(ALICE, right, claim(b"JP", b"A2", START - DAY)));
			assert_noop!(
				claim_as(ALICE, right, claim(b"JP", b"A3", START - DAY)),
				Error::<Test>::PriorityNotAdded
			);
			assert_noop!(
				Registry::claim_priority(
					RuntimeOrigin::none(),
					right,
					claim(b"JP", b"A4", START - DAY)
				),
				BadOrigin
			);
		});
	}

	#[test]
	fn an_earlier_number_is_recognised_however_the_office_writes_it() {
		test(|| {
			let (_, later) = earlier_and_later();
			// EP's application number 1, dated wrongly: each spelling reaches the check.
			for number in [&b"0001"[..], b"EP000001", b"EP-0001"] {
				assert_noop!(
					claim_as(ALICE, later, claim(b"EP", number, START - DAY)),
					Error::<Test>::PriorityMismatch
				);
			}
			assert_ok!(claim_as(ALICE, later, claim(b"EP", b"EP000001", START)));
			// Another office's prefix is not this office's number.
			assert_ok!(claim_as(ALICE, later, claim(b"EP", b"US1", START - DAY)));
		});
	}

	#[test]
	fn a_filing_late_on_the_last_day_of_the_period_is_in_time() {
		test(|| {
			// The earlier application was filed at 08:00 on a day; this one at 20:00 on the
			// same day twelve months later, the last day of the patent's period.
			let earlier = START - 365 * DAY + 8 * 3_600_000;
			let last_day = ipledger_primitives::date::add_months(earlier, 12);
			Timestamp::set_timestamp(last_day + 12 * 3_600_000);
			let right = filed();
			assert_ok!(claim_as(ALICE, right, claim(b"JP", b"A1", earlier)));
			// The next day is too late.
			Timestamp::set_timestamp(last_day + DAY);
			assert_ok!(Filing::new().submit());
			assert_noop!(
				claim_as(ALICE, right + 1, claim(b"JP", b"A1", earlier)),
				Error::<Test>::PriorityExpired
			);
		});
	}

	#[test]
	fn only_the_earlier_applicant_or_its_successor_claims_its_priority() {
		test(|| {
			let earlier = filed();
			Timestamp::set_timestamp(START + 30 * DAY);
			// Bob files later and claims Alice's application.
			assert_ok!(Filing::new()
				.with(|f| {
					f.who = BOB;
					f.applicants = whole(BOB)
				})
				.submit());
			assert_noop!(
				claim_as(BOB, 1, claim(b"EP", b"1", START)),
				Error::<Test>::NotPriorityApplicant
			);
			// Once Alice assigned her application to Bob, he is her successor in title.
			assert_ok!(Registry::propose_transfer(
				RuntimeOrigin::signed(ALICE),
				earlier,
				TransferKind::Assignment { to: whole(BOB) },
				document()
			));
			assert_ok!(Registry::approve_transfer(RuntimeOrigin::signed(BOB), earlier));
			assert_ok!(Registry::record_transfer(
				RuntimeOrigin::signed(EP_ADMIN),
				earlier,
				details(START + 30 * DAY)
			));
			assert_ok!(claim_as(BOB, 1, claim(b"EP", b"1", START)));
			// And Alice, the earlier applicant, may still claim it for a filing of hers.
			assert_ok!(Filing::new().submit());
			assert_ok!(claim_as(ALICE, 2, claim(b"EP", b"1", START)));
		});
	}

	#[test]
	fn priority_is_claimed_before_publication_and_where_the_rules_allow() {
		test(|| {
			let right = filed();
			assert_ok!(record(EP_ADMIN, right, KeyEvent::Publication));
			assert_noop!(
				claim_as(ALICE, right, claim(b"JP", b"A1", START - DAY)),
				Error::<Test>::PriorityTooLate
			);
			let mut rules = KindRules::default_for(RightKind::Patent);
			rules.priority_months = 0;
			assert_ok!(Registry::set_rules(RuntimeOrigin::root(), EP, RightKind::Patent, rules));
			assert_ok!(Filing::new().submit());
			assert_noop!(
				claim_as(ALICE, 1, claim(b"JP", b"A1", START - DAY)),
				Error::<Test>::NoPriority
			);
		});
	}
}

mod inventors {
	use super::*;

	fn named(name: &str, party: Option<u64>) -> Inventor<Vec<u8>> {
		Inventor { name: name.as_bytes().to_vec(), party }
	}

	fn designate(who: u64, right: u64, inventors: Vec<Inventor<Vec<u8>>>) -> DispatchResult {
		Registry::designate_inventors(RuntimeOrigin::signed(who), right, inventors)
	}

	#[test]
	fn an_owner_names_the_inventors_apart_from_the_owners() {
		test(|| {
			let right = filed();
			assert_ok!(designate(
				ALICE,
				right,
				vec![named("Ada Lovelace", Some(BOB)), named("Анна", None)]
			));
			let inventors = Inventors::<Test>::get(right).unwrap();
			assert_eq!(inventors.len(), 2);
			assert_eq!(inventors[0].party, Some(BOB));
			assert_eq!(Registry::owners(right), whole(ALICE), "inventors do not own");
			System::assert_last_event(Event::InventorsDesignated { right, count: 2 }.into());
			// A new designation replaces the old one.
			assert_ok!(designate(ALICE, right, vec![named("Charles Babbage", None)]));
			assert_eq!(Inventors::<Test>::get(right).unwrap().len(), 1);
		});
	}

	#[test]
	fn designate_refuses_bad_requests() {
		test(|| {
			let right = filed();
			let one = || vec![named("Ada", None)];
			assert_noop!(designate(ALICE, 9, one()), Error::<Test>::UnknownRight);
			assert_noop!(designate(NO_PARTY, right, one()), Error::<Test>::NoParty);
			assert_noop!(designate(BOB, right, one()), Error::<Test>::NotAnOwner);
			assert_noop!(
				designate(ALICE, right, vec![named("A", None), named("B", None), named("C", None)]),
				Error::<Test>::TooManyInventors
			);
			assert_noop!(
				designate(ALICE, right, vec![named("Ada", None), named("Ada", None)]),
				Error::<Test>::DuplicateInventor
			);
			assert_noop!(
				designate(ALICE, right, vec![named("", None)]),
				Error::<Test>::InvalidInventor
			);
			let long = Inventor { name: vec![b'n'; 129], party: None };
			assert_noop!(designate(ALICE, right, vec![long]), Error::<Test>::InvalidInventor);
			assert_noop!(
				designate(ALICE, right, vec![named("Ada", Some(UNKNOWN_PARTY))]),
				Error::<Test>::UnknownParty
			);
			assert_ok!(record(EP_ADMIN, right, KeyEvent::Grant));
			assert_noop!(designate(ALICE, right, one()), Error::<Test>::NotPending);
			assert_noop!(
				Registry::designate_inventors(RuntimeOrigin::none(), right, one()),
				BadOrigin
			);
		});
	}
}

mod anchors {
	use super::*;
	use frame_support::traits::fungible::InspectHold;
	use ipledger_primitives::Hash;

	const WORK: Hash = Hash::repeat_byte(0x11);

	/// Commits and reveals.
	fn anchor(who: u64, kind: RightKind, digest: Hash, title: &[u8]) -> DispatchResult {
		commit(who, digest);
		reveal(who, kind, digest, title, None)
	}

	fn held(who: u64) -> u64 {
		Balances::balance_on_hold(&HoldReason::Anchor.into(), &who)
	}

	#[test]
	fn the_first_anchor_of_a_digest_wins() {
		test(|| {
			assert_ok!(anchor(ALICE, RightKind::Copyright, WORK, b"Symphony No. 1"));
			let anchored = Anchors::<Test>::get(WORK).unwrap();
			assert_eq!(
				(anchored.party, anchored.kind, anchored.anchored_at),
				(ALICE, RightKind::Copyright, START)
			);
			assert_eq!(anchored.block, 1);
			assert_eq!(held(ALICE), ANCHOR_DEPOSIT);
			System::assert_last_event(
				Event::WorkAnchored {
					digest: WORK,
					party: ALICE,
					kind: RightKind::Copyright,
					right: 0,
				}
				.into(),
			);
			commit(BOB, WORK);
			assert_noop!(
				reveal(BOB, RightKind::Copyright, WORK, b"Mine", None),
				Error::<Test>::AlreadyAnchored
			);
			assert_noop!(
				reveal(BOB, RightKind::TradeSecret, WORK, b"", None),
				Error::<Test>::AlreadyAnchored
			);
		});
	}

	#[test]
	fn a_trade_secret_is_a_digest_alone() {
		test(|| {
			assert_ok!(anchor(BOB, RightKind::TradeSecret, WORK, b""));
			assert!(Anchors::<Test>::get(WORK).unwrap().title.is_empty());
			commit(BOB, Hash::repeat_byte(2));
			assert_noop!(
				reveal(BOB, RightKind::TradeSecret, Hash::repeat_byte(2), b"recipe", None),
				Error::<Test>::SecretWithTitle
			);
		});
	}

	#[test]
	fn anchor_refuses_bad_requests() {
		test(|| {
			commit(ALICE, WORK);
			let reveal_as = |kind, title: &[u8]| reveal(ALICE, kind, WORK, title, None);
			assert_noop!(reveal_as(RightKind::Patent, b"X"), Error::<Test>::NotAnchorable);
			assert_noop!(reveal_as(RightKind::Copyright, b""), Error::<Test>::InvalidTitle);
			assert_noop!(reveal_as(RightKind::Copyright, &[0xff]), Error::<Test>::InvalidTitle);
			assert_noop!(reveal_as(RightKind::Copyright, &[b't'; 33]), Error::<Test>::TitleTooLong);
			assert_noop!(
				reveal(NO_PARTY, RightKind::Copyright, WORK, b"X", None),
				Error::<Test>::NoParty
			);
			// Bob made no commitment to it, and Alice none with another salt.
			assert_noop!(
				reveal(BOB, RightKind::Copyright, WORK, b"X", None),
				Error::<Test>::UnknownCommitment
			);
			assert_noop!(
				Registry::anchor(
					RuntimeOrigin::signed(ALICE),
					RightKind::Copyright,
					WORK,
					b"X".to_vec(),
					None,
					[8; 32]
				),
				Error::<Test>::UnknownCommitment
			);
			assert_noop!(
				Registry::anchor(
					RuntimeOrigin::none(),
					RightKind::Copyright,
					WORK,
					b"X".to_vec(),
					None,
					SALT
				),
				BadOrigin
			);
		});
	}

	#[test]
	fn commit_anchor_refuses_bad_requests() {
		test(|| {
			let commitment = anchor_commitment(ALICE, &WORK, &SALT);
			let commit_as = |who| Registry::commit_anchor(RuntimeOrigin::signed(who), commitment);
			assert_noop!(commit_as(NO_PARTY), Error::<Test>::NoParty);
			// Account 50 has a party but no funds.
			assert_noop!(commit_as(50), Error::<Test>::CannotAffordDeposit);
			assert_noop!(Registry::commit_anchor(RuntimeOrigin::root(), commitment), BadOrigin);
			assert_ok!(commit_as(ALICE));
			assert_eq!(held(ALICE), ANCHOR_DEPOSIT);
			System::assert_last_event(Event::AnchorCommitted { commitment, party: ALICE }.into());
			assert_noop!(commit_as(BOB), Error::<Test>::AlreadyCommitted);
		});
	}

	#[test]
	fn a_commitment_is_revealed_in_a_later_block_only() {
		test(|| {
			let commitment = anchor_commitment(ALICE, &WORK, &SALT);
			assert_ok!(Registry::commit_anchor(RuntimeOrigin::signed(ALICE), commitment));
			assert_noop!(
				reveal(ALICE, RightKind::Copyright, WORK, b"Symphony No. 1", None),
				Error::<Test>::CommitmentTooRecent
			);
			System::set_block_number(2);
			Timestamp::set_timestamp(START + 6_000);
			assert_ok!(reveal(ALICE, RightKind::Copyright, WORK, b"Symphony No. 1", None));
			// Dated at the commitment, which the reveal proves.
			let anchored = Anchors::<Test>::get(WORK).unwrap();
			assert_eq!((anchored.anchored_at, anchored.block), (START, 1));
			assert_eq!(held(ALICE), ANCHOR_DEPOSIT, "the commitment's deposit stays held");
			assert!(AnchorCommitments::<Test>::get(commitment).is_none());
		});
	}

	#[test]
	fn a_front_runner_who_sees_the_reveal_in_the_pool_cannot_take_the_digest() {
		test(|| {
			commit(ALICE, WORK);
			// Mallory (Bob) reads Alice's reveal, digest and salt, from the pool and races it
			// in the same block: Alice's commitment names her party, and a commitment of his
			// own, made now, is too recent to reveal.
			assert_noop!(
				reveal(BOB, RightKind::Copyright, WORK, b"Stolen", None),
				Error::<Test>::UnknownCommitment
			);
			let his = anchor_commitment(BOB, &WORK, &SALT);
			assert_ok!(Registry::commit_anchor(RuntimeOrigin::signed(BOB), his));
			assert_noop!(
				reveal(BOB, RightKind::Copyright, WORK, b"Stolen", None),
				Error::<Test>::CommitmentTooRecent
			);
			assert_ok!(reveal(ALICE, RightKind::Copyright, WORK, b"Symphony No. 1", None));
			assert_eq!(Anchors::<Test>::get(WORK).unwrap().party, ALICE);
			// A block later his reveal is told the digest is Alice's; he withdraws.
			System::set_block_number(System::block_number() + 1);
			assert_noop!(
				reveal(BOB, RightKind::Copyright, WORK, b"Stolen", None),
				Error::<Test>::AlreadyAnchored
			);
			assert_ok!(Registry::withdraw_commitment(RuntimeOrigin::signed(BOB), his));
			assert_eq!(Balances::free_balance(BOB), FUNDS);
		});
	}

	#[test]
	fn only_its_party_withdraws_a_commitment_and_it_refers_to_the_party_meanwhile() {
		use ipledger_primitives::traits::PartyReferences;
		test(|| {
			let commitment = anchor_commitment(ALICE, &WORK, &SALT);
			assert_ok!(Registry::commit_anchor(RuntimeOrigin::signed(ALICE), commitment));
			assert!(Registry::is_referenced(ALICE), "its deposit is held for the party");
			let withdraw =
				|who| Registry::withdraw_commitment(RuntimeOrigin::signed(who), commitment);
			assert_noop!(withdraw(BOB), Error::<Test>::NotAnchorParty);
			assert_noop!(withdraw(NO_PARTY), Error::<Test>::NoParty);
			assert_ok!(withdraw(ALICE));
			System::assert_last_event(Event::CommitmentWithdrawn { commitment }.into());
			assert_eq!(held(ALICE), 0);
			assert!(!Registry::is_referenced(ALICE));
			assert_noop!(withdraw(ALICE), Error::<Test>::UnknownCommitment);
		});
	}

	#[test]
	fn a_party_with_anchors_is_referred_to_and_stays_named_by_their_rights() {
		use ipledger_primitives::traits::PartyReferences;
		test(|| {
			assert!(!Registry::is_referenced(ALICE));
			assert_ok!(anchor(ALICE, RightKind::Copyright, WORK, b"Symphony No. 1"));
			assert!(Registry::is_referenced(ALICE), "its party cannot close and orphan it");
			// The anchor made a right she owns: its chain of title names her after the
			// withdrawal too, as a refused application's names its applicants.
			assert_ok!(Registry::withdraw_anchor(RuntimeOrigin::signed(ALICE), WORK));
			assert!(Registry::is_referenced(ALICE));
		});
	}

	#[test]
	fn the_party_withdraws_its_anchor_and_gets_the_deposit_back() {
		test(|| {
			assert_ok!(anchor(ALICE, RightKind::Copyright, WORK, b"Symphony No. 1"));
			assert_noop!(
				Registry::withdraw_anchor(RuntimeOrigin::signed(BOB), WORK),
				Error::<Test>::NotAnchorParty
			);
			assert_ok!(Registry::withdraw_anchor(RuntimeOrigin::signed(ALICE), WORK));
			assert_eq!(Anchors::<Test>::get(WORK), None);
			assert_eq!(held(ALICE), 0);
			assert_eq!(Balances::free_balance(ALICE), FUNDS);
			System::assert_last_event(Event::AnchorWithdrawn { digest: WORK, right: 0 }.into());
			assert_noop!(
				Registry::withdraw_anchor(RuntimeOrigin::signed(ALICE), WORK),
				Error::<Test>::UnknownAnchor
			);
			// Once withdrawn, the digest is free again.
			assert_ok!(anchor(BOB, RightKind::Copyright, WORK, b"Symphony No. 1"));
		});
	}
}

mod inspect {
	use super::*;

	#[test]
	fn reports_kind_office_owners_and_state() {
		test(|| {
			assert_eq!(Registry::kind_and_office(0), None);
			assert!(Registry::owners(0).is_empty());
			assert!(!Registry::is_in_force(0));
			let right = filed();
			assert_eq!(Registry::kind_and_office(right), Some((RightKind::Patent, Some(EP))));
			assert_eq!(Registry::owners(right), whole(ALICE));
			assert_eq!(Registry::legal_state(right), Some(LegalState::Pending));
			assert_ok!(record(EP_ADMIN, right, KeyEvent::Grant));
			assert!(Registry::is_in_force(right));
		});
	}

	#[test]
	fn reports_the_state_on_a_date_from_the_dated_events() {
		test(|| {
			let right = filed();
			Timestamp::set_timestamp(START + 30 * DAY);
			let on = |days: u64| Registry::legal_state_on(right, START + days * DAY);
			assert_ok!(Registry::record_event(
				RuntimeOrigin::signed(EP_ADMIN),
				right,
				KeyEvent::Grant,
				details(START + 10 * DAY)
			));
			assert_eq!(Registry::legal_state_on(right, START - 1), None);
			assert_eq!(on(0), Some(LegalState::Pending));
			assert_eq!(on(9), Some(LegalState::Pending));
			assert!(!Registry::is_in_force_on(right, START + 9 * DAY));
			assert_eq!(on(10), Some(LegalState::InForce));
			assert!(Registry::is_in_force_on(right, START + 400 * DAY));
			assert_eq!(Registry::legal_state_on(right + 1, START), None);
		});
	}

	#[test]
	fn pages_through_a_partys_rights_and_reads_a_history() {
		test(|| {
			for _ in 0..5 {
				assert_ok!(Filing::new().submit());
			}
			let first = Registry::rights_of(ALICE, None, 2);
			assert_eq!(first.len(), 2);
			let second = Registry::rights_of(ALICE, first.last().copied(), 2);
			let third = Registry::rights_of(ALICE, second.last().copied(), 2);
			assert_eq!(third.len(), 1);
			let mut all: Vec<_> = [first, second, third].concat();
			all.sort();
			assert_eq!(all, vec![0, 1, 2, 3, 4]);
			assert!(Registry::rights_of(BOB, None, 10).is_empty());

			assert_ok!(record(EP_ADMIN, 3, KeyEvent::Grant));
			let history: Vec<_> = Registry::history(3).into_iter().map(|r| r.event).collect();
			assert_eq!(history, vec![KeyEvent::Filing, KeyEvent::Grant]);
			assert!(Registry::history(9).is_empty());
		});
	}

	#[test]
	fn owners_are_referred_to_parties() {
		use ipledger_primitives::traits::PartyReferences;
		test(|| {
			assert!(!Registry::is_referenced(ALICE));
			filed();
			assert!(Registry::is_referenced(ALICE));
			assert!(!Registry::is_referenced(BOB));
		});
	}
}

mod renewals {
	use super::*;
	use crate::rules::KindRules;
	use ipledger_primitives::date::add_months;

	fn renew(who: u64, right: u64) -> DispatchResult {
		Registry::renew(RuntimeOrigin::signed(who), right)
	}

	/// EPO patent rules with a renewal fee of `fee` and a window of `window` months.
	fn patent_rules(fee: u128, window: u32) {
		let mut rules = KindRules::default_for(RightKind::Patent);
		rules.renewal_fee = fee;
		rules.renewal_window_months = window;
		assert_ok!(Registry::set_rules(RuntimeOrigin::root(), EP, RightKind::Patent, rules));
	}

	#[test]
	fn annuities_extend_the_paid_period_and_pay_the_office() {
		test(|| {
			patent_rules(100, 24);
			let right = filed();
			assert_ok!(grant_on(right, START));
			assert_ok!(renew(ALICE, right));
			let term = Rights::<Test>::get(right).unwrap().term.unwrap();
			assert_eq!((term.ends, term.renewals), (add_months(START, 24), 1));
			assert_eq!(Balances::free_balance(ALICE), FUNDS - 100);
			assert_eq!(Balances::free_balance(EP_ADMIN), 100, "the fee went to the office");
			System::assert_last_event(
				Event::Renewed { right, paid_by: ALICE, fee: 100, term_ends: term.ends }.into(),
			);
			let entry = History::<Test>::get(right, 2).unwrap();
			assert_eq!(
				(entry.event, entry.stage, entry.recorded_by),
				(KeyEvent::Renewal, Stage::Granted, ALICE)
			);

			// The agent pays the next annuity for its principal.
			assert_ok!(renew(AGENT, right));
			assert_eq!(
				Rights::<Test>::get(right).unwrap().term.unwrap().ends,
				add_months(START, 36)
			);
			assert_eq!(Balances::free_balance(AGENT), FUNDS - 100);
			assert_eq!(Balances::free_balance(EP_ADMIN), 200);
		});
	}

	#[test]
	fn a_renewal_missed_past_its_grace_is_a_lapse() {
		test(|| {
			let right = filed();
			assert_ok!(grant_on(right, START));
			assert_noop!(renew(ALICE, right), Error::<Test>::RenewalTooEarly);
			// The window opens three months before the first year ends.
			Timestamp::set_timestamp(add_months(START, 9));
			assert_ok!(renew(ALICE, right));
			// Late, in the grace period: still in force, and the renewal is accepted.
			Timestamp::set_timestamp(add_months(START, 24) + DAY);
			assert!(Registry::is_in_force(right));
			assert_ok!(renew(ALICE, right));
			let ends = add_months(START, 36);
			assert_eq!(Rights::<Test>::get(right).unwrap().term.unwrap().ends, ends);

			// The next renewal never comes: once the grace ran out, it lapsed as of `ends`.
			Timestamp::set_timestamp(add_months(START, 42) - 1);
			assert!(Registry::is_in_force_on(right, ends));
			Timestamp::set_timestamp(add_months(START, 42));
			assert_noop!(renew(ALICE, right), Error::<Test>::RenewalTooLate);
			assert_eq!(Registry::legal_state(right), Some(LegalState::NoLongerInForce));
			assert!(Registry::is_in_force_on(right, ends - 1));
			assert!(!Registry::is_in_force_on(right, ends));
			assert_ok!(Registry::record_term_end(RuntimeOrigin::signed(BOB), right));
			assert_eq!(Rights::<Test>::get(right).unwrap().stage, Stage::Lapsed);
			System::assert_last_event(Event::RightLapsed { right, on: ends }.into());
			assert_noop!(renew(ALICE, right), Error::<Test>::Lapsed);
			assert!(!Registry::is_in_force_on(right, ends + DAY));
		});
	}

	#[test]
	fn renew_refuses_bad_requests() {
		test(|| {
			assert_noop!(renew(ALICE, 9), Error::<Test>::UnknownRight);
			let right = filed();
			assert_noop!(renew(NO_PARTY, right), Error::<Test>::NoParty);
			assert_noop!(renew(BOB, right), Error::<Test>::NotAnOwner);
			assert_noop!(renew(ALICE, right), Error::<Test>::NotGranted);
			assert_noop!(Registry::renew(RuntimeOrigin::none(), right), BadOrigin);

			// A single-term layout design and a geographical indication are never renewed.
			let layout = layout_design();
			assert_ok!(grant_on(layout, START));
			assert_noop!(renew(ALICE, layout), Error::<Test>::NotRenewable);
			let gi = NextRightId::<Test>::get();
			assert_ok!(Filing::new()
				.with(|f| {
					f.kind = RightKind::GeographicalIndication;
					f.classifications = vec![];
				})
				.submit());
			assert_ok!(grant_on(gi, START));
			assert_noop!(renew(ALICE, gi), Error::<Test>::NotRenewable);

			// A fee Alice cannot pay.
			patent_rules(FUNDS as u128, 24);
			assert_ok!(grant_on(right, START));
			assert_noop!(renew(ALICE, right), Error::<Test>::CannotAffordFee);
			patent_rules(1, 24);
			fill_history(right);
			assert_noop!(renew(ALICE, right), Error::<Test>::HistoryFull);
		});
	}

	#[test]
	fn an_office_without_an_account_cannot_be_paid() {
		test(|| {
			let mut rules = KindRules::default_for(RightKind::Patent);
			rules.renewal_window_months = 24;
			assert_ok!(Registry::set_rules(RuntimeOrigin::root(), US, RightKind::Patent, rules));
			assert_ok!(Filing::new().with(|f| f.office = US).submit());
			assert_ok!(Registry::record_event(
				RuntimeOrigin::signed(US_ADMIN),
				0,
				KeyEvent::Grant,
				details(START)
			));
			assert_noop!(renew(ALICE, 0), Error::<Test>::NoOfficeAccount);
		});
	}

	#[test]
	fn a_certificate_extends_the_maximum_term() {
		test(|| {
			let right = filed();
			assert_ok!(grant_on(right, START));
			let extend = |months| {
				Registry::extend_term(
					RuntimeOrigin::signed(EP_ADMIN),
					right,
					months,
					details(START),
				)
			};
			assert_ok!(extend(60));
			let term = Rights::<Test>::get(right).unwrap().term.unwrap();
			assert_eq!((term.limit(), term.extension_months), (Some(add_months(START, 300)), 60));
			System::assert_last_event(
				Event::TermExtended { right, months: 60, limit: add_months(START, 300) }.into(),
			);
			assert_eq!(History::<Test>::get(right, 2).unwrap().event, KeyEvent::TermExtension);
			// At most 66 months in all.
			assert_noop!(extend(7), Error::<Test>::ExtensionTooLong);
			assert_noop!(extend(0), Error::<Test>::ExtensionTooLong);
			assert_ok!(extend(6));
		});
	}

	#[test]
	fn extend_term_refuses_bad_requests() {
		test(|| {
			let extend = |who, right| {
				Registry::extend_term(RuntimeOrigin::signed(who), right, 6, details(START))
			};
			assert_noop!(extend(EP_ADMIN, 9), Error::<Test>::UnknownRight);
			let right = filed();
			assert_noop!(extend(BOB, right), Error::<Test>::NotOffice);
			assert_noop!(extend(EP_ADMIN, right), Error::<Test>::NotGranted);
			assert_noop!(
				Registry::extend_term(RuntimeOrigin::none(), right, 6, details(START)),
				BadOrigin
			);
			// Trademarks have no certificates.
			assert_ok!(Filing::new().with(trademark).submit());
			assert_ok!(grant_on(1, START));
			assert_noop!(extend(EP_ADMIN, 1), Error::<Test>::NotExtendable);
			// Nor does a right whose rules allow them but whose term is unlimited.
			let mut rules = KindRules::default_for(RightKind::Patent);
			rules.max_term_months = 0;
			rules.max_extension_months = 0;
			assert_ok!(Registry::set_rules(RuntimeOrigin::root(), EP, RightKind::Patent, rules));
			assert_ok!(grant_on(right, START));
			Rights::<Test>::mutate(right, |r| {
				r.as_mut().unwrap().term.as_mut().unwrap().max_months = None
			});
			assert_ok!(Registry::set_rules(
				RuntimeOrigin::root(),
				EP,
				RightKind::Patent,
				KindRules::default_for(RightKind::Patent)
			));
			assert_noop!(extend(EP_ADMIN, right), Error::<Test>::NotExtendable);
		});
	}
}

mod procedures {
	use super::*;
	use ipledger_primitives::date::add_months;

	fn record_on(right: u64, event: KeyEvent, date: u64) -> DispatchResult {
		Registry::record_event(RuntimeOrigin::signed(EP_ADMIN), right, event, details(date))
	}

	#[test]
	fn an_opposition_holds_up_the_registration_until_it_is_closed() {
		test(|| {
			assert_ok!(Filing::new().with(trademark).submit());
			assert_noop!(
				record(EP_ADMIN, 0, KeyEvent::OppositionFiled),
				Error::<Test>::NotPublished
			);
			assert_ok!(record(EP_ADMIN, 0, KeyEvent::Publication));
			assert_noop!(
				record(EP_ADMIN, 0, KeyEvent::OppositionClosed),
				Error::<Test>::NoOpenOpposition
			);
			assert_ok!(record(EP_ADMIN, 0, KeyEvent::OppositionFiled));
			assert_ok!(record(EP_ADMIN, 0, KeyEvent::OppositionFiled));
			assert_eq!(Rights::<Test>::get(0).unwrap().oppositions, 2);
			assert_noop!(record(EP_ADMIN, 0, KeyEvent::Grant), Error::<Test>::OppositionPending);
			assert_ok!(record(EP_ADMIN, 0, KeyEvent::OppositionClosed));
			assert_ok!(record(EP_ADMIN, 0, KeyEvent::OppositionClosed));
			assert_ok!(record(EP_ADMIN, 0, KeyEvent::Grant));
			assert_eq!(Registry::legal_state(0), Some(LegalState::InForce));
		});
	}

	#[test]
	fn a_successful_opposition_refuses_and_ends_the_proceedings() {
		test(|| {
			assert_ok!(Filing::new().with(trademark).submit());
			assert_ok!(record(EP_ADMIN, 0, KeyEvent::Publication));
			assert_ok!(record(EP_ADMIN, 0, KeyEvent::OppositionFiled));
			assert_ok!(record(EP_ADMIN, 0, KeyEvent::Refusal));
			assert_eq!(Rights::<Test>::get(0).unwrap().oppositions, 0);
		});
	}

	#[test]
	fn only_offices_with_opposition_hear_one() {
		test(|| {
			// Utility models are not opposed by default.
			assert_ok!(Filing::new().with(|f| f.kind = RightKind::UtilityModel).submit());
			assert_ok!(record(EP_ADMIN, 0, KeyEvent::Publication));
			assert_noop!(
				record(EP_ADMIN, 0, KeyEvent::OppositionFiled),
				Error::<Test>::NoOpposition
			);
		});
	}

	#[test]
	fn an_office_lapses_and_restores_a_patent() {
		test(|| {
			let right = filed();
			assert_ok!(grant_on(right, START));
			assert_noop!(record(EP_ADMIN, right, KeyEvent::Restoration), Error::<Test>::NotLapsed);
			Timestamp::set_timestamp(START + 10 * DAY);
			assert_ok!(record_on(right, KeyEvent::Lapse, START + 10 * DAY));
			assert_eq!(Registry::legal_state(right), Some(LegalState::NoLongerInForce));
			assert!(Registry::is_in_force_on(right, START + 9 * DAY));
			assert!(!Registry::is_in_force_on(right, START + 10 * DAY));
			assert_eq!(Registry::end_of_force(right), Some(START + 10 * DAY));
			assert_noop!(
				Registry::renew(RuntimeOrigin::signed(ALICE), right),
				Error::<Test>::Lapsed
			);
			assert_noop!(record(EP_ADMIN, right, KeyEvent::Grant), Error::<Test>::Lapsed);

			Timestamp::set_timestamp(START + 40 * DAY);
			assert_ok!(record_on(right, KeyEvent::Restoration, START + 40 * DAY));
			assert_eq!(Rights::<Test>::get(right).unwrap().stage, Stage::Granted);
			assert_eq!(Registry::legal_state(right), Some(LegalState::InForce));
			assert!(!Registry::is_in_force_on(right, START + 20 * DAY), "lapsed meanwhile");
			assert!(Registry::is_in_force_on(right, START + 40 * DAY));
			assert_eq!(Registry::end_of_force(right), None, "in force again");
		});
	}

	#[test]
	fn restoration_comes_within_its_window_where_the_rules_have_it() {
		test(|| {
			let right = filed();
			assert_ok!(grant_on(right, START));
			assert_ok!(record(EP_ADMIN, right, KeyEvent::Lapse));
			let late = add_months(START, 12) + DAY;
			Timestamp::set_timestamp(late);
			assert_noop!(
				record_on(right, KeyEvent::Restoration, late),
				Error::<Test>::RestorationTooLate
			);
			// Trademarks have no restoration by default.
			assert_ok!(Filing::new().with(trademark).submit());
			assert_ok!(grant_on(1, late));
			assert_ok!(record_on(1, KeyEvent::Lapse, late));
			assert_noop!(record_on(1, KeyEvent::Restoration, late), Error::<Test>::NoRestoration);
		});
	}

	#[test]
	fn a_restored_right_may_pay_the_renewal_it_missed() {
		test(|| {
			let right = filed();
			assert_ok!(grant_on(right, START));
			let now = add_months(START, 18) + DAY;
			Timestamp::set_timestamp(now);
			assert_ok!(Registry::record_term_end(RuntimeOrigin::signed(BOB), right));
			assert_ok!(record_on(right, KeyEvent::Restoration, now));
			let term = Rights::<Test>::get(right).unwrap().term.unwrap();
			assert_eq!(term.grace_ends, add_months(now, 6));
			assert_eq!(Registry::legal_state(right), Some(LegalState::InForce));
			assert_ok!(Registry::renew(RuntimeOrigin::signed(ALICE), right));
			assert_eq!(
				Rights::<Test>::get(right).unwrap().term.unwrap().ends,
				add_months(START, 24)
			);
		});
	}

	#[test]
	fn a_revoked_right_is_no_longer_in_force_and_nothing_follows() {
		test(|| {
			let right = filed();
			assert_noop!(record(EP_ADMIN, right, KeyEvent::Revocation), Error::<Test>::NotGranted);
			assert_ok!(grant_on(right, START));
			assert_ok!(record(EP_ADMIN, right, KeyEvent::OppositionFiled));
			assert_ok!(record(EP_ADMIN, right, KeyEvent::Revocation));
			let revoked = Rights::<Test>::get(right).unwrap();
			assert_eq!((revoked.stage, revoked.oppositions), (Stage::Revoked, 0));
			assert_eq!(Registry::legal_state(right), Some(LegalState::NoLongerInForce));
			assert_noop!(
				record(EP_ADMIN, right, KeyEvent::Restoration),
				Error::<Test>::RightRevoked
			);
		});
	}

	#[test]
	fn events_are_recorded_in_the_order_of_their_dates() {
		test(|| {
			let right = filed();
			Timestamp::set_timestamp(START + 3 * DAY);
			assert_ok!(record_on(right, KeyEvent::Publication, START + 2 * DAY));
			assert_noop!(
				record_on(right, KeyEvent::Grant, START + DAY),
				Error::<Test>::EventOutOfOrder
			);
			assert_ok!(record_on(right, KeyEvent::Grant, START + 2 * DAY));
		});
	}
}

mod links {
	use super::*;

	fn link(who: u64, right: u64, parent: u64) -> DispatchResult {
		Registry::link_application(RuntimeOrigin::signed(who), right, parent, LinkKind::Divisional)
	}

	#[test]
	fn a_divisional_keeps_its_parents_filing_date() {
		test(|| {
			let parent = filed();
			Timestamp::set_timestamp(START + 10 * DAY);
			assert_ok!(Filing::new().submit());
			assert_ok!(link(ALICE, 1, parent));
			System::assert_last_event(
				Event::ApplicationLinked { right: 1, parent, kind: LinkKind::Divisional }.into(),
			);
			let child = Rights::<Test>::get(1).unwrap();
			assert_eq!(child.parent.unwrap().deemed_filing_date, START);
			// A divisional of the divisional keeps the first filing date too.
			Timestamp::set_timestamp(START + 20 * DAY);
			assert_ok!(Filing::new().submit());
			assert_ok!(link(ALICE, 2, 1));
			assert_eq!(Rights::<Test>::get(2).unwrap().deemed_filing_date(), START);
			assert_ok!(grant_on(1, START + 20 * DAY));
			assert_eq!(Rights::<Test>::get(1).unwrap().term.unwrap().start, START);
			// A granted parent is divided no more.
			assert_ok!(Filing::new().submit());
			assert_noop!(link(ALICE, 3, 1), Error::<Test>::ParentNotPending);
		});
	}

	#[test]
	fn link_application_refuses_bad_requests() {
		test(|| {
			let parent = filed();
			assert_ok!(Filing::new().submit());
			assert_noop!(link(ALICE, 9, parent), Error::<Test>::UnknownRight);
			assert_noop!(link(NO_PARTY, 1, parent), Error::<Test>::NoParty);
			assert_noop!(link(BOB, 1, parent), Error::<Test>::NotAnOwner);
			assert_noop!(link(ALICE, 1, 9), Error::<Test>::UnknownParent);
			assert_noop!(link(ALICE, 1, 1), Error::<Test>::LinkMismatch);
			// A parent filed later.
			assert_noop!(link(ALICE, parent, 1), Error::<Test>::LinkMismatch);
			assert_noop!(
				Registry::link_application(
					RuntimeOrigin::none(),
					1,
					parent,
					LinkKind::Continuation
				),
				BadOrigin
			);
			// Another office's, another kind's, and another owner's applications.
			assert_ok!(Filing::new().with(|f| f.office = US).submit());
			assert_noop!(link(ALICE, 2, parent), Error::<Test>::LinkMismatch);
			assert_ok!(Filing::new().with(trademark).submit());
			assert_noop!(link(ALICE, 3, parent), Error::<Test>::NotLinkable);

			assert_ok!(link(ALICE, 1, parent));
			assert_noop!(link(ALICE, 1, parent), Error::<Test>::AlreadyLinked);
		});
	}

	#[test]
	fn only_an_owner_of_the_parent_divides_it() {
		test(|| {
			assert_ok!(Filing::new()
				.with(|f| {
					f.who = BOB;
					f.applicants = whole(BOB);
				})
				.submit());
			assert_ok!(Filing::new().submit());
			assert_noop!(link(ALICE, 1, 0), Error::<Test>::NotAnOwner);
		});
	}
}

mod transfers {
	use super::*;
	use frame_support::traits::fungible::InspectHold;
	use ipledger_primitives::traits::PartyReferences;

	pub(super) const CAROL: u64 = 3;
	pub(super) const DAVE: u64 = 4;

	pub(super) fn held(who: u64) -> u64 {
		Balances::balance_on_hold(&HoldReason::Transfer.into(), &who)
	}

	/// Right 0, owned 60/40 by Alice and Bob: Alice files, Bob accepts.
	pub(super) fn co_owned() -> u64 {
		assert_ok!(Filing::new()
			.with(|f| {
				f.applicants =
					vec![(ALICE, Perbill::from_percent(60)), (BOB, Perbill::from_percent(40))]
			})
			.submit());
		assert_ok!(Registry::accept_filing(RuntimeOrigin::signed(BOB), 0));
		0
	}

	pub(super) fn propose(
		who: u64,
		right: u64,
		kind: TransferKind<Vec<(u64, Perbill)>>,
	) -> DispatchResult {
		Registry::propose_transfer(RuntimeOrigin::signed(who), right, kind, document())
			.map(|_| ())
			.map_err(|e| e.error)
	}

	pub(super) fn to(owners: Vec<(u64, Perbill)>) -> TransferKind<Vec<(u64, Perbill)>> {
		TransferKind::Assignment { to: owners }
	}

	pub(super) fn approve(who: u64, right: u64) -> DispatchResult {
		Registry::approve_transfer(RuntimeOrigin::signed(who), right)
			.map(|_| ())
			.map_err(|e| e.error)
	}

	pub(super) fn record_it(who: u64, right: u64) -> DispatchResult {
		Registry::record_transfer(RuntimeOrigin::signed(who), right, details(START))
	}

	#[test]
	fn an_assignment_takes_every_owner_the_assignee_and_the_office() {
		test(|| {
			let right = co_owned();
			assert_ok!(propose(ALICE, right, to(whole(CAROL))));
			assert_eq!(held(ALICE), TRANSFER_DEPOSIT);
			System::assert_last_event(
				Event::TransferApproved { right, party: ALICE, complete: false }.into(),
			);
			assert_noop!(record_it(EP_ADMIN, right), Error::<Test>::NotApproved);
			assert_ok!(approve(BOB, right));
			assert_noop!(record_it(EP_ADMIN, right), Error::<Test>::NotApproved);
			assert_ok!(approve(CAROL, right));
			System::assert_last_event(
				Event::TransferApproved { right, party: CAROL, complete: true }.into(),
			);
			assert_noop!(record_it(BOB, right), Error::<Test>::NotOffice);
			Timestamp::set_timestamp(START + 5 * DAY);
			assert_ok!(Registry::record_transfer(
				RuntimeOrigin::signed(EP_ADMIN),
				right,
				details(START + 4 * DAY)
			));
			System::assert_last_event(
				Event::TransferRecorded { right, event: KeyEvent::OwnershipChange }.into(),
			);

			assert_eq!(Registry::owners(right), whole(CAROL));
			assert_eq!(held(ALICE), 0, "the deposit is released");
			assert!(PendingTransfers::<Test>::get(right).is_none());
			assert_eq!(Registry::rights_of(CAROL, None, 10), vec![right]);
			assert!(Registry::rights_of(ALICE, None, 10).is_empty());
			assert!(!Registry::is_referenced(ALICE));
			let chain = Registry::chain_of_title(right);
			assert_eq!(chain.len(), 2);
			assert_eq!((chain[1].since, chain[1].history_index), (START + 4 * DAY, 1));
			assert_eq!(Registry::owners_on(right, START + 3 * DAY).len(), 2);
			assert_eq!(Registry::owners_on(right, START + 4 * DAY), whole(CAROL));
			assert!(Registry::owners_on(right, START - 1).is_empty());
			let entry = History::<Test>::get(right, 1).unwrap();
			assert_eq!((entry.event, entry.stage), (KeyEvent::OwnershipChange, Stage::Filed));
		});
	}

	#[test]
	fn a_security_interest_is_recorded_and_released() {
		test(|| {
			let right = filed();
			let interest = TransferKind::SecurityInterest { holder: DAVE };
			assert_ok!(propose(ALICE, right, interest.clone()));
			assert_ok!(approve(DAVE, right));
			assert_ok!(record_it(EP_ADMIN, right));
			let interests = SecurityInterests::<Test>::get(right);
			assert_eq!((interests.len(), interests[0].holder), (1, DAVE));
			assert!(Registry::is_referenced(DAVE), "a secured party cannot be closed");
			assert_noop!(propose(ALICE, right, interest), Error::<Test>::AlreadySecured);
			assert_noop!(
				propose(CAROL, right, TransferKind::Release { holder: CAROL }),
				Error::<Test>::NotSecured
			);

			// The secured party releases it: no owner needs to consent.
			assert_ok!(propose(DAVE, right, TransferKind::Release { holder: DAVE }));
			System::assert_last_event(
				Event::TransferApproved { right, party: DAVE, complete: true }.into(),
			);
			assert_ok!(record_it(EP_ADMIN, right));
			assert!(SecurityInterests::<Test>::get(right).is_empty());
			assert!(!Registry::is_referenced(DAVE));
			let events: Vec<_> = Registry::history(right).iter().map(|r| r.event).collect();
			assert_eq!(
				events,
				vec![
					KeyEvent::Filing,
					KeyEvent::SecurityInterest,
					KeyEvent::SecurityInterestReleased
				]
			);
			assert_eq!(Registry::chain_of_title(right).len(), 1, "the owners did not change");
		});
	}

	#[test]
	fn security_interests_are_bounded() {
		test(|| {
			let right = filed();
			for holder in [CAROL, DAVE] {
				assert_ok!(propose(ALICE, right, TransferKind::SecurityInterest { holder }));
				assert_ok!(approve(holder, right));
				assert_ok!(record_it(EP_ADMIN, right));
			}
			assert_noop!(
				propose(ALICE, right, TransferKind::SecurityInterest { holder: 5 }),
				Error::<Test>::TooManySecurityInterests
			);
		});
	}

	#[test]
	fn propose_transfer_refuses_bad_requests() {
		test(|| {
			assert_noop!(propose(ALICE, 9, to(whole(CAROL))), Error::<Test>::UnknownRight);
			let right = co_owned();
			assert_noop!(propose(NO_PARTY, right, to(whole(CAROL))), Error::<Test>::NoParty);
			assert_noop!(propose(DAVE, right, to(whole(CAROL))), Error::<Test>::NotAnOwner);
			assert_noop!(
				propose(
					ALICE,
					right,
					to(vec![(BOB, Perbill::from_percent(40)), (ALICE, Perbill::from_percent(60))])
				),
				Error::<Test>::NoChange
			);
			assert_noop!(
				propose(ALICE, right, to(vec![(CAROL, Perbill::from_percent(50))])),
				Error::<Test>::SharesNotWhole
			);
			assert_noop!(propose(ALICE, right, to(vec![])), Error::<Test>::NoApplicants);
			assert_noop!(
				propose(ALICE, right, to(whole(UNKNOWN_PARTY))),
				Error::<Test>::UnknownParty
			);
			assert_noop!(
				propose(ALICE, right, TransferKind::SecurityInterest { holder: UNKNOWN_PARTY }),
				Error::<Test>::UnknownParty
			);
			assert_noop!(
				Registry::propose_transfer(
					RuntimeOrigin::signed(ALICE),
					right,
					to(whole(CAROL)),
					Document {
						algorithm: HashAlgorithm::Blake2b256,
						digest: [0; 32].into(),
						size: 1_024,
						media_type: b"application/pdf".to_vec(),
						locator: b"".to_vec()
					}
				),
				Error::<Test>::InvalidLocator
			);
			assert_noop!(
				Registry::propose_transfer(
					RuntimeOrigin::none(),
					right,
					to(whole(CAROL)),
					document()
				),
				BadOrigin
			);
			assert_ok!(propose(ALICE, right, to(whole(CAROL))));
			assert_noop!(propose(BOB, right, to(whole(DAVE))), Error::<Test>::TransferPending);
		});
	}

	#[test]
	fn a_proposer_must_afford_the_deposit_and_the_right_must_be_open() {
		test(|| {
			// The examiner's party has no funds.
			assert_ok!(Filing::new()
				.with(|f| {
					f.who = EXAMINER;
					f.applicants = whole(EXAMINER);
				})
				.submit());
			assert_noop!(
				propose(EXAMINER, 0, to(whole(CAROL))),
				Error::<Test>::CannotAffordDeposit
			);
			let right = filed() + 1;
			assert_ok!(record(EP_ADMIN, right, KeyEvent::Refusal));
			assert_noop!(
				propose(ALICE, right, to(whole(CAROL))),
				Error::<Test>::ApplicationRefused
			);
		});
	}

	#[test]
	fn a_pending_transfer_ends_with_the_right() {
		test(|| {
			let right = filed();
			assert_ok!(propose(ALICE, right, to(whole(CAROL))));
			assert_ok!(record(EP_ADMIN, right, KeyEvent::Withdrawal));
			assert!(PendingTransfers::<Test>::get(right).is_none());
			assert_eq!(held(ALICE), 0);
			System::assert_has_event(Event::TransferCancelled { right }.into());
		});
	}

	#[test]
	fn approve_and_record_refuse_bad_requests() {
		test(|| {
			let right = co_owned();
			assert_noop!(approve(BOB, right), Error::<Test>::NoTransfer);
			assert_noop!(record_it(EP_ADMIN, right), Error::<Test>::NoTransfer);
			assert_noop!(record_it(EP_ADMIN, 9), Error::<Test>::UnknownRight);
			assert_ok!(propose(ALICE, right, to(whole(CAROL))));
			assert_noop!(approve(NO_PARTY, right), Error::<Test>::NoParty);
			assert_noop!(approve(DAVE, right), Error::<Test>::NotInvolved);
			assert_noop!(approve(ALICE, right), Error::<Test>::NothingToApprove);
			assert_noop!(Registry::approve_transfer(RuntimeOrigin::none(), right), BadOrigin);
			assert_ok!(approve(BOB, right));
			assert_ok!(approve(CAROL, right));
			assert_noop!(
				Registry::record_transfer(
					RuntimeOrigin::signed(EP_ADMIN),
					right,
					details(START + DAY)
				),
				Error::<Test>::EventInFuture
			);
			assert_noop!(
				Registry::record_transfer(RuntimeOrigin::none(), right, details(START)),
				BadOrigin
			);
			fill_history(right);
			assert_noop!(record_it(EP_ADMIN, right), Error::<Test>::HistoryFull);
		});
	}

	#[test]
	fn the_proposer_a_party_concerned_or_the_office_cancels() {
		test(|| {
			let right = co_owned();
			let cancel = |who| Registry::cancel_transfer(RuntimeOrigin::signed(who), right);
			assert_noop!(cancel(ALICE), Error::<Test>::NoTransfer);
			assert_noop!(
				Registry::cancel_transfer(RuntimeOrigin::signed(ALICE), 9),
				Error::<Test>::UnknownRight
			);
			for canceller in [ALICE, BOB, CAROL, EP_ADMIN, EXAMINER] {
				assert_ok!(propose(ALICE, right, to(whole(CAROL))));
				assert_noop!(cancel(DAVE), Error::<Test>::NotInvolved);
				assert_noop!(cancel(NO_PARTY), Error::<Test>::NotInvolved);
				assert_ok!(cancel(canceller));
				System::assert_last_event(Event::TransferCancelled { right }.into());
				assert_eq!(held(ALICE), 0);
			}
			assert_noop!(Registry::cancel_transfer(RuntimeOrigin::none(), right), BadOrigin);
		});
	}
}

mod effects {
	use super::*;
	use ipledger_primitives::traits::{Recordal, RightsEffects};

	const COURT: u64 = 40;

	fn decision(date: u64) -> Recordal<'static> {
		Recordal { date, reference: b"4 O 123/26" }
	}

	#[test]
	fn a_decision_transfers_a_right_without_the_owners_consent() {
		test(|| {
			let right = filed();
			assert_ok!(Registry::propose_transfer(
				RuntimeOrigin::signed(ALICE),
				right,
				TransferKind::Assignment { to: whole(BOB) },
				document()
			));
			assert_ok!(<Registry as RightsEffects<u64>>::transfer(
				right,
				whole(3),
				&COURT,
				decision(START)
			));
			assert_eq!(Registry::owners(right), whole(3));
			assert!(PendingTransfers::<Test>::get(right).is_none(), "the proposal lapsed");
			let entry = History::<Test>::get(right, 1).unwrap();
			assert_eq!((entry.event, entry.recorded_by), (KeyEvent::OwnershipChange, COURT));
			assert_eq!(entry.details.gazette_reference.to_vec(), b"4 O 123/26".to_vec());
			assert_eq!(Registry::chain_of_title(right).len(), 2);
		});
	}

	#[test]
	fn a_decision_revokes_a_granted_right() {
		test(|| {
			let right = filed();
			assert_noop!(
				<Registry as RightsEffects<u64>>::revoke(right, &COURT, decision(START)),
				Error::<Test>::NotGranted
			);
			assert_ok!(grant_on(right, START));
			assert_ok!(<Registry as RightsEffects<u64>>::revoke(right, &COURT, decision(START)));
			assert_eq!(Rights::<Test>::get(right).unwrap().stage, Stage::Revoked);
			assert_eq!(Registry::legal_state(right), Some(LegalState::NoLongerInForce));
		});
	}

	#[test]
	fn decisions_are_checked_and_change_nothing_when_refused() {
		test(|| {
			let effects = |right, owners: Vec<(u64, Perbill)>, date| {
				<Registry as RightsEffects<u64>>::transfer(right, owners, &COURT, decision(date))
			};
			assert_noop!(effects(9, whole(3), START), Error::<Test>::UnknownRight);
			let right = filed();
			assert_noop!(effects(right, whole(ALICE), START), Error::<Test>::NoChange);
			assert_noop!(
				effects(right, vec![(3, Perbill::from_percent(10))], START),
				Error::<Test>::SharesNotWhole
			);
			assert_noop!(effects(right, whole(3), START + DAY), Error::<Test>::EventInFuture);
			assert_noop!(effects(right, whole(3), START - 1), Error::<Test>::EventBeforeFiling);
			let long = Recordal { date: START, reference: &[b'x'; 65] };
			assert_noop!(
				<Registry as RightsEffects<u64>>::revoke(right, &COURT, long),
				Error::<Test>::NotGranted
			);
			assert_ok!(grant_on(right, START));
			assert_noop!(
				<Registry as RightsEffects<u64>>::revoke(right, &COURT, long),
				Error::<Test>::ReferenceTooLong
			);
			fill_history(right);
			assert_noop!(effects(right, whole(3), START), Error::<Test>::HistoryFull);
		});
	}
}

mod derivative_works {
	use super::*;
	use sp_core::H256 as Hash;

	/// Commits (once) and reveals.
	fn anchor(who: u64, kind: RightKind, digest: u8, original: Option<u8>) -> DispatchResult {
		let digest = Hash::repeat_byte(digest);
		let party = TestParties::party_of(&who).expect("the anchoring party");
		if !AnchorCommitments::<Test>::contains_key(anchor_commitment(party, &digest, &SALT)) {
			commit(who, digest);
		}
		let title: &[u8] = if kind == RightKind::TradeSecret { b"" } else { b"Work" };
		reveal(who, kind, digest, title, original.map(Hash::repeat_byte))
	}

	#[test]
	fn a_translation_names_its_original() {
		test(|| {
			assert_ok!(anchor(ALICE, RightKind::Copyright, 1, None));
			assert_ok!(anchor(BOB, RightKind::Copyright, 2, Some(1)));
			let derived = Anchors::<Test>::get(Hash::repeat_byte(2)).unwrap();
			assert_eq!(derived.derived_from, Some(Hash::repeat_byte(1)));
		});
	}

	#[test]
	fn only_works_derive_from_anchored_works() {
		test(|| {
			// Bob's commitment to his work is made before it is refused, which changes nothing.
			commit(BOB, Hash::repeat_byte(2));
			assert_noop!(
				anchor(BOB, RightKind::Copyright, 2, Some(1)),
				Error::<Test>::UnknownOriginal
			);
			assert_ok!(anchor(ALICE, RightKind::TradeSecret, 1, None));
			assert_noop!(anchor(BOB, RightKind::Copyright, 2, Some(1)), Error::<Test>::NotAWork);
			assert_ok!(anchor(ALICE, RightKind::Copyright, 3, None));
			assert_noop!(anchor(BOB, RightKind::TradeSecret, 2, Some(3)), Error::<Test>::NotAWork);
		});
	}
}

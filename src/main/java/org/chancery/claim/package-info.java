/**
 * Claim checking: finds the dated diplomatic claims in a post and checks each against the
 * record. {@link org.chancery.claim.ClaimChecker} is the entry point: it sets aside page
 * boilerplate ({@link org.chancery.claim.Cleaner}), finds dates, territories and persons,
 * reads claims by readable rules ({@link org.chancery.claim.Triggers}), then typed stages that
 * each read one construction of posts ({@link org.chancery.claim.Tenures} "Davies (1936-38)",
 * {@link org.chancery.claim.ClauseDates} which clause a date belongs to,
 * {@link org.chancery.claim.Coordination} lists between two actions,
 * {@link org.chancery.claim.Gapping} lists whose items carry their own dates,
 * {@link org.chancery.claim.NounActions} an action said as a noun that only dates another verb,
 * {@link org.chancery.claim.Holding} a mission had "from" a date,
 * {@link org.chancery.claim.Bystanders} states named that are no party, a protecting power acting
 * "on behalf of" another among them, {@link org.chancery.claim.RecognizedPronoun} what "recognized it"
 * stands for), and gives each a verdict with its evidence ({@link org.chancery.claim.Verifier};
 * {@link org.chancery.claim.Coverage} what the record covers). {@link org.chancery.claim.Scorer}
 * scores a labelled set as {@code ../shared/eval/SCORING.md} defines.
 */
package org.chancery.claim;

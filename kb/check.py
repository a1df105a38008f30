"""Fact-checking one claim (kb.check_text reads a paragraph or a whole article into claims).

A claim is compared, in this order, with what the corpus records:
references (does the article exist, is it about this, is it in the instrument named: kb.refcheck), legal
status (law or bill, the chambers' votes, the day it applies from: kb.status), recorded regulatory actions (who
did what, when, for how much: kb.events), figures (penalties, caps, deadlines, thresholds, ages: the facts read
at ingest), then what the sentence says a provision says (kb.said: quoted law word for word, restatements, powers, negated duties such as
"shall not be treated as").
Whatever none of these speaks to is `unverifiable`, with no evidence: an unrelated provision is never shown.
"""
from __future__ import annotations

from datetime import date

from .event_check import cited_in_record, event_check
from .actions import Action, load_actions
from .application import application_check, not_yet_applying
from .article_day import misdated_article
from .in_force import in_force_check
from .names import actor_jurisdictions
from .dates import find as find_dates
from .due import due_check
from .extract import ABSENT, extract as extract_refs
from .figure_support import provision_check
from .figure_claims import law_figures, said_by_another
from .guards import (another_authoritys, days_unset, settle, undated_power, under_another_instrument,
                     unheld_deadline, unrecorded_act)
from .stated import claimed
from .traits import (UNNAMED_LAW, WHOLLY_QUOTED, about_a_decision, counts_a_group, defines_its_word, figures_beyond,
                     miscalled, misnumbered, misplaced)
from .repeals import repeal_check
from .restates import content_check
from .powers import power_check
from .amends import amendment_check
from .offences import offence_check
from .regimes import regime_check
from . import quotes
from .quote_check import misquote_check, quote_check
from .said import actor_check, inclusion_check, negation_check
from .index import Index
from .question import Question, analyse, blank
from .cited import (UNNAMED_REF, another_offence, another_provision, cited_figures, cited_jurisdictions, cited_provisions,
                    cited_tops, misattributed, numbered_elsewhere, numbered_figures, other_instrument, per_reference, same_law,
                    unnamed_numbers)
from .refcheck import reference_check
from .registry import load_sources
from .search import clean_query
from .adoption import adoption_check, called_a_bill
from .status import signed_off_record, status_check, vote_check
from .parts import CLAUSE_BREAK, by_clause, by_penalty, by_predicate, figures_elsewhere

from .verdicts import CONTRADICTED, SUPPORTED, UNVERIFIABLE, Claim, described


# ---------------------------------------------------------------- API


def check_claim(claim: str, index: Index, actions: list[Action] | None = None,
                published: date | None = None, context: bool = False, instrument: str | None = None,
                q: Question | None = None) -> Claim:
    """One claim, as a whole, then, if nothing decides it, clause by clause (kb/parts.py)."""
    if actions is None:
        actions, _ = load_actions(index.config)
    c = _check_whole(claim, index, actions, published, context, instrument, q)
    if c.verdict == SUPPORTED and c.kind == "reference":
        # "L'article 226-4-1, issu de la loi « Loppsi 2 » du 14 mars 2011, réprime …": the article is checked; what
        # the sentence says of a law the corpus lacks is not
        absent = [r["text"] for r in extract_refs(claim, index) if r["kind"] == "instrument" and r.get("status") == ABSENT]
        if absent:
            c.caveats.append(f"{', '.join(f'“{a}”' for a in dict.fromkeys(absent))} is not in the corpus: what the "
                             f"sentence says of it is not checked")
    if c.verdict == CONTRADICTED and c.kind == "figure":
        itemised = by_penalty(claim, _check_whole, index, actions, published, context, instrument)
        if itemised is not None:
            return itemised
    if c.verdict == SUPPORTED and c.kind == "event" and len(CLAUSE_BREAK.split(c.text)) > 1:
        # "the EU has ordered X to retain … through 2026, and Malaysia and Indonesia have blocked the chatbot": the
        # record supports one clause; the others are named as unchecked (or a clause contradicts the sentence).
        return by_clause(c.text, _check_whole, index, actions, published, context) or c
    if c.verdict != UNVERIFIABLE or c.kind in ("quote", "authority", "miscalled"):
        return c  # (a clause without the authority or the names the sentence gives would not be what it says)
    judge = _check_whole
    refs = extract_refs(claim, index)
    if refs and all(r.get("status") == ABSENT and not r.get("see") for r in refs) \
            and any(r["kind"] == "provision" for r in refs):
        # "… a fine of 25,000 francs (Art.628 of the Code of Public Health)": the figures are that code's; a clause
        # read without the bracket would hold them to a held provision that happens to share its words (art. 222-34).
        # (Not a law named alone: "la loi SREN crée un délit … puni d'un an …" gives the Code pénal's figures.)
        judge = figures_elsewhere(_check_whole)
    return (by_predicate(c.text, judge, index, actions, published, context)
            or by_clause(c.text, judge, index, actions, published, context) or c)


def _check_whole(claim: str, index: Index, actions: list[Action],
                 published: date | None = None, context: bool = False, instrument: str | None = None,
                 q: Question | None = None) -> Claim:
    """One claim. `published` resolves its relative dates; `context` says the text around it is about the
    recorded actions' target (X, Grok), which the sentence then need not name; `instrument` is the one the text
    named before it ("Article 50(1) requires …" after "the AI Act"); `q` the sentence already analysed."""
    config = index.config
    claim = clean_query(claim, config)
    q = q if q is not None and q.text == claim else analyse(claim, config)
    if q.elsewhere:
        return Claim(claim, UNVERIFIABLE, "the claim concerns a legal system the corpus does not hold.")
    dates = find_dates(claim, published)
    found = extract_refs(claim, index)
    refs = [r for r in found if r["kind"] == "provision"]
    # "the Online Safety Act 2003": a held instrument's name with a year it does not bear
    misdated = {r["near"]: r["text"] for r in found if r.get("near")}
    numbered = misnumbered(claim, found)
    if numbered:
        # "Regulation (EU) 2022/1689 — the EU AI Act — entered into force on 1 August 2024": the act named is held,
        # under another number
        return Claim(claim, CONTRADICTED, f"the sentence numbers the act it names {numbered[0]}; it is {numbered[1]}.",
                     [], f"It is {numbered[1]}, not {numbered[0]}.", kind="reference")
    placed = misplaced(claim, config)
    if placed:
        return Claim(claim, UNVERIFIABLE, f"the sentence calls the {placed[0]} a law of “{placed[1]}”, which it is "
                                          f"not; which law it means cannot be told.", kind="miscalled")
    called = miscalled(claim, found)
    if called:
        # "… breaching several of the Online Safety Act's (DSA) core obligations": two held instruments given as one
        return Claim(claim, UNVERIFIABLE, f"the sentence calls {called[0]} “{called[1]}”, the name of another "
                                          f"instrument; which one it means cannot be told.", kind="miscalled")
    # "… la loi pour l'égalité réelle entre les femmes et les hommes introduit un nouvel article 222-33-2-2": the
    # words naming a law the corpus lacks say nothing of what the article it cites is about
    named_absent = [r["span"] for r in found if r["kind"] == "instrument" and r["status"] == ABSENT and r.get("span")]
    q_refs = analyse(blank(claim, named_absent), config) if named_absent else q
    # The law's words quoted otherwise ("« facilité la préparation ou la commission »" for art. 121-7's
    # "consommation") are contradicted before what the sentence says of the article it cites is weighed
    wrong = misquote_check(claim, index, found)
    if wrong is not None:
        return settle(claim, wrong, found)
    decided, fallback, cites_outside = reference_check(claim, q_refs, index, refs, instrument, misdated)
    if decided:
        return settle(claim, unrecorded_act(claim, decided, dates, actions, index) or decided, found)
    amended = amendment_check(claim, q, index, refs)
    if amended:
        return settle(claim, amended, found)
    # Without a publication date, "le 20 mai" is still a day: of any year, never a year alone.
    days = dates if published else find_dates(claim, None, yearless=True)
    held_words = quotes.find(claim, index)
    quoted = quote_check(claim, q, index, days, found, held_words)
    if quoted and quoted.verdict == SUPPORTED and quoted.evidence and quoted.evidence[0].get("id", "").startswith(
            "action/") and claimed(claim):
        # "« le délit de montage à caractère sexuel … est puni de deux ans … et de 60.000 euros », a rappelé le
        # parquet": the record holds the words; the figures they give are the law's, and the law shows them
        figured = law_figures(claim, q, index, actions, context)
        if figured is not None and figured.verdict == SUPPORTED:
            return settle(claim, figured, found)
    # the figures inside the law's own words are the law's ("« … en demeurant plus de deux mois … est puni de deux
    # ans d'emprisonnement … »"); only those the sentence gives around them are checked
    if quoted and quoted.verdict == SUPPORTED and claimed(quotes.outside(claim, held_words)):
        # "… the concept of “very large online platforms” (VLOPs) … that have more than 45 million monthly active
        # users": the quoted words are the law's, the figure is checked as any other; a figure not found leaves the
        # sentence unsupported, whatever the quotes
        figured = law_figures(claim, q, index, actions, context)
        if figured is not None and figured.verdict in (SUPPORTED, CONTRADICTED):
            return settle(claim, figured, found)
        return settle(claim, Claim(claim, UNVERIFIABLE, f"{quoted.explanation} The figures the sentence gives are not "
                                                        f"found with them.", quoted.evidence, kind="quote"), found)
    if quoted and quoted.verdict == SUPPORTED and dates:
        # "… the DSA - adopted on 1 October 2022 - which states in its recital 71 that “…”": the quoted words are the
        # law's, the day the sentence gives the act is checked as any other
        for dated in (adoption_check(claim, q, dates, index), in_force_check(claim, q, dates, index)):
            if dated is not None and dated.verdict == CONTRADICTED:
                return settle(claim, dated, found)
    if quoted:
        return settle(claim, quoted, found)
    each = per_reference(claim, index, refs)
    if each:
        return settle(claim, unrecorded_act(claim, each, dates, actions, index) or each, found)
    voted = [s for s in load_sources(config) if s.kind in ("bill", "public-law")]
    bills = [s for s in voted if s.id in q.sources]
    tops = cited_tops(refs, index)
    cited_ids = tuple(r["id"] for r in refs if r.get("id"))
    cited = cited_jurisdictions(tops, index)
    for step in (lambda: status_check(claim, q, bills, index, days) if bills else vote_check(claim, voted, days, index),
                 lambda: event_check(claim, days, actions, index, context, q.language, published),
                 lambda: cited_in_record(claim, [r["id"] for r in refs if r.get("resolved")], actions, index, context,
                                         published),
                 lambda: None if bills else adoption_check(claim, q, dates, index),
                 lambda: None if bills else called_a_bill(claim, q, dates, index, published),
                 lambda: None if claimed(claim) else in_force_check(claim, q, dates, index),
                 lambda: application_check(claim, q, dates, index, tops, unnamed_numbers(refs), cited_ids),
                 lambda: misdated_article(claim, q, dates, index, tops, cited_ids),
                 lambda: due_check(claim, q, dates, index, tops),
                 # a law the corpus lacks, named alone, gives its own figures ("Le règlement sur les marchés
                 # numériques prévoit … 10 % du chiffre d'affaires"): no held provision's cap checks them
                 # nor do the figures of a sentence citing only provisions outside the corpus ("… 3 750 euros
                 # (article 381 code procédure pénale)"): that provision, not a held one that happens to share them
                 # a field the corpus lacks ("l'employeur") is no bar when the sentence cites a held provision for
                 # its figures: "L'employeur qui refuse d'embaucher … encourt … (225-2 du Code pénal)" (not beside a law
                 # the corpus lacks: "… exceeding GDPR's €20M / 4% maximum" gives that law's figures)
                 lambda: None if (q.outside and (not tops or q.absent)) or (q.absent and not q.sources) or about_a_decision(claim, q)
                 or counts_a_group(claim) or (cites_outside and not tops)
                 else law_figures(claim, q, index, actions, context),
                 lambda: negation_check(claim, q, index),
                 lambda: inclusion_check(claim, q, index),
                 lambda: power_check(claim, q, index),
                 lambda: repeal_check(claim, q, index, found),
                 lambda: actor_check(claim, q, index),
                 lambda: offence_check(claim, q, index, tops, unnamed_numbers(refs),
                                       dated=any((w.end - w.start).days <= 31 for w in dates)),
                 lambda: None if tops else regime_check(claim, q, index),
                 lambda: None if cites_outside else content_check(claim, q, index, unnamed_numbers(refs), cited_ids)):
        verdict = step()
        verdict = (cited_figures(claim, verdict, tops, index) if verdict is not None else None) or verdict
        if verdict is not None and verdict.kind == "figure" and UNNAMED_REF in tops:
            verdict = numbered_elsewhere(claim, verdict, unnamed_numbers(refs), index) or verdict
            if verdict.verdict == UNVERIFIABLE:
                verdict = numbered_figures(claim, unnamed_numbers(refs), index) or verdict
        other = (another_offence(verdict, tops, index, unnamed_numbers(refs))
                 if verdict and verdict.verdict == SUPPORTED else None)
        if other:
            return Claim(claim, UNVERIFIABLE, f"the figures found are those of {other}, not of the provision the "
                                              f"sentence cites.", kind=verdict.kind)
        elsewhere = ((another_provision(verdict, tops, index, unnamed_numbers(refs))
                      or other_instrument(verdict, tops, index)) if verdict and verdict.verdict == SUPPORTED else None)
        if elsewhere and verdict.kind == "figure":
            # "… regime in Article 101: up to €15M or 3 %": the figures are also the cited article's own
            own = [v for t in sorted(cited_provisions(verdict, tops, index, unnamed_numbers(refs)))
                   if (v := provision_check(claim, index.provisions[t], index)) is not None and v.verdict == SUPPORTED]
            if own:
                verdict, elsewhere = own[0], None
        if elsewhere and verdict.kind == "text" and fallback is not None:
            # "L'article 28 du DSA impose aux plateformes … des obligations … pour protéger les mineurs": its words
            # are also Art. 35's, but the article it cites is about what it says
            return settle(claim, unrecorded_act(claim, fallback, dates, actions, index) or fallback, found)
        wrong = misattributed(claim, verdict, tops, index, [w for w in q.subject if len(w) >= 5], q.covers) \
            if elsewhere else None
        if wrong:
            return Claim(claim, CONTRADICTED, f"{verdict.explanation} The sentence attributes it to {wrong.citation}, "
                                              f"which is about something else (“{described(wrong, 100)}”).", verdict.evidence,
                         f"It is {elsewhere}, not {wrong.citation}.", kind="reference")
        if elsewhere:
            return Claim(claim, UNVERIFIABLE, f"{verdict.explanation} That is {elsewhere}, not the provision the "
                                              f"sentence cites.", verdict.evidence, kind=verdict.kind)
        if verdict and verdict.verdict == CONTRADICTED and verdict.kind == "figure" \
                and (UNNAMED_LAW.search(claim) or WHOLLY_QUOTED.match(claim)) and not (q.jurisdictions or q.sources or refs):
            # "Under the laws, people found sharing the deepfakes without consent will face a maximum of six years":
            # the laws the article named before, which this sentence does not — Australia's, here; a contradiction
            # from the corpus's nearest law would be a guess at which country's. A sentence that is only a quotation
            # («Est puni de 18 mois …», an amendment's wording) quotes a text it does not name either.
            return Claim(claim, UNVERIFIABLE, f"the sentence speaks of a law it does not name; the nearest the corpus "
                                              f"holds ({verdict.explanation[:200]}) may not be that law.", kind="figure")
        elsewhere_said = (said_by_another(claim, verdict, index) if verdict and verdict.verdict == CONTRADICTED
                          and verdict.kind == "figure" and not (q.jurisdictions or q.sources or refs) else None)
        if elsewhere_said:
            # "Those convicted face up to 2 years in prison and up to 3 years … if the images/videos involve minors"
            # (the TAKE IT DOWN Act, named sentences before): 18 U.S.C. 2251's 15 to 30 years are the nearest
            # provision's, but another provision states every term the sentence gives — it may be that law's.
            return Claim(claim, UNVERIFIABLE, f"the sentence names no law; its figures are those of another provision ({elsewhere_said}, for one), "
                                              f"not of the nearest provision ({verdict.explanation[:160]}).",
                         kind="figure")
        if verdict and verdict.verdict == CONTRADICTED and verdict.kind == "figure" and set(claimed(claim)) == {"age"} \
                and not (q.jurisdictions or q.sources or refs) and not defines_its_word(q, verdict, index):
            # "A person under the age of 16 cannot give consent …" (an Australian explainer): an age no law named
            # sets, against 47 U.S.C. 223's "under 18 years of age" for indecent calls — not the age of anything the
            # sentence speaks of. An age is held to a law that defines the sentence's word for it ("minor").
            return Claim(claim, UNVERIFIABLE, f"the sentence names no law, and the nearest age the corpus states "
                                              f"({verdict.explanation[:160]}) defines none of its words.", kind="figure")
        beyond = figures_beyond(claim, verdict)
        if beyond:
            return beyond
        if verdict and verdict.verdict == CONTRADICTED and verdict.kind == "figure" and q.absent and not refs:
            # "… des sanctions au titre du Code forestier et du Code pénal, avec une amende pouvant aller jusqu'à
            # 1 500 €": figures a law the corpus lacks may set, and no article named to hold them to
            return Claim(claim, UNVERIFIABLE, f"the sentence gives its figures under {q.absent[0]}, which is not in the "
                                              f"corpus, as much as under the law it holds ({verdict.explanation[:160]}).",
                         kind="figure")
        if verdict and verdict.verdict == SUPPORTED and verdict.kind != "event" and q.absent and not q.sources:
            # "Rep. Langworthy has introduced the Child Exploitation & Artificial Intelligence Expert Commission
            # Act to address … child sexual abuse material": the sentence is about a law the corpus lacks; a
            # provision of another law on the same subject does not support it.
            return Claim(claim, UNVERIFIABLE, f"the sentence is about {q.absent[0]}, which is not in the corpus; "
                                              f"{verdict.evidence[0]['citation']} is another law.", kind=verdict.kind)
        held = index.provisions.get(verdict.evidence[0]["id"]) if verdict and verdict.evidence else None
        if verdict and verdict.verdict == SUPPORTED and verdict.kind == "figure" and held is not None \
                and (acting := actor_jurisdictions(claim)) and held.jurisdiction not in acting:
            # "If X is found to have breached UK law, the Commission has the power to impose a fine of up to 10 % …
            # or £18 million": those are Ofcom's caps (Sch. 13 OSA); no Commission imposes them.
            return Claim(claim, UNVERIFIABLE, f"{verdict.explanation} But the authority the sentence names does not "
                                              f"act under {held.citation}.", verdict.evidence, kind="authority")
        if verdict and verdict.verdict == SUPPORTED and not same_law(verdict, cited, index):
            # "… 6 months' imprisonment under section 66B": a sentence citing British law is not supported by
            # figures of another country's law, however near its words.
            return Claim(claim, UNVERIFIABLE, f"the sentence cites {', '.join(sorted(cited))} law; the figures found "
                                              f"are in {verdict.evidence[0]['citation']}.", kind=verdict.kind)
        if verdict and verdict.verdict == SUPPORTED and verdict.kind == "status" and claimed(claim):
            # "Trump signed … the Take It Down Act, which requires platforms to take away … inside 97 hours": the
            # law's status is right; the figures the sentence gives it are checked too.
            figured = law_figures(claim, q, index, actions, context)
            if figured is not None and figured.verdict == CONTRADICTED:
                return figured
            if figured is None or figured.verdict != SUPPORTED:
                verdict.caveats = [*verdict.caveats, "the figures the sentence gives are not checked by this"]
        if verdict and verdict.verdict == SUPPORTED and verdict.kind == "power":
            verdict = undated_power(claim, verdict, dates, index) or verdict
        if verdict and verdict.verdict == SUPPORTED:
            verdict = unheld_deadline(claim, verdict, days, index) or verdict
        if verdict and verdict.verdict == SUPPORTED and verdict.kind == "figure":
            signed = signed_off_record(claim, dates, index.config)
            if signed:
                # "The statute — signed by President Trump on August 19, 2025, … — requires … within 48 hours": the
                # figure is the law's, the day it was signed is no law's of the corpus
                return Claim(claim, UNVERIFIABLE, f"{verdict.explanation} But no law of the corpus was signed or "
                                                  f"adopted on {', '.join(w.describe() for w in signed)}.",
                             verdict.evidence, kind="status")
            unset = days_unset(verdict, dates, index)
            if unset:
                # "As of May 19, 2026, the FTC has begun enforcing … within 48 hours": the figure is checked, the
                # day is not
                verdict.caveats = [*verdict.caveats, f"the day the sentence gives ({unset}) is not checked"]
        if verdict and verdict.verdict == SUPPORTED and verdict.kind in ("figure", "power"):
            verdict = another_authoritys(claim, verdict, index) or verdict
        if verdict and verdict.verdict == SUPPORTED and verdict.kind == "event":
            verdict = under_another_instrument(claim, q, verdict, actions, index) or verdict
        if verdict:
            return settle(claim, not_yet_applying(verdict, dates, index) or verdict, found, index)
    leads_outside = bool(refs) and refs[0]["status"] == ABSENT and not refs[0].get("see")
    if fallback is not None and not leads_outside:
        # "L'article 51 de la loi SREN … au sens de l'article 49 du DSA": the sentence is about the absent law's
        # article it starts with; that the DSA's article it also cites exists does not support it. "The Online Safety
        # Act sets out the European Commission's enforcement powers in … (Sections 130-151)": right sections, another
        # system's authority.
        fallback = another_authoritys(claim, fallback, index) or fallback
        return settle(claim, unrecorded_act(claim, fallback, dates, actions, index) or fallback, found)
    # (naming the law the corpus lacks that the sentence is about: "… Expert Commission Act …")
    about = f"the sentence is about {q.absent[0]}, which is not in the corpus; " if q.absent and not q.sources else ""
    return Claim(claim, UNVERIFIABLE, f"{about}the corpus (its provisions and recorded actions) cannot confirm or "
                                      f"contradict this; nothing is shown rather than an unrelated provision.")

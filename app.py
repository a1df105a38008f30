"""crosslex in the browser: a thin Streamlit shell over the kb API (no logic lives only here).

Run with `make run` (or `streamlit run app.py`). Corpus text is always escaped before it is rendered.
"""
from __future__ import annotations

import html

import kb  # noqa: F401  (sets the offline environment before anything else loads)
import streamlit as st

from kb.config import Config
from kb.errors import CrosslexError

PAGES = ["Ask", "Cite", "Fact-check", "Compare", "Timeline", "Sources"]
JURISDICTIONS = ["All", "EU", "UK", "FR", "US"]
# Verdicts as coloured text (Streamlit's own markdown colours): emoji badges show as empty boxes without an
# emoji font.
BADGES = {"supported": ":green-background[**SUPPORTED**]", "contradicted": ":red-background[**CONTRADICTED**]",
          "unverifiable": ":orange-background[**UNVERIFIABLE**]", "not a claim": ":gray-background[not a claim]"}
AUTHORITY_KINDS = {"commission": "European Commission", "regulator": "Regulator", "prosecutor": "Prosecutor",
                   "government": "Government", "court": "Court"}

st.set_page_config(page_title="crosslex", page_icon="⚖️", layout="wide")


@st.cache_resource(show_spinner=False)
def load_index():
    """Once per server: the index (built first, with a progress bar, if missing) and a warm model."""
    from kb import index as kb_index
    from kb.embed import embed_query

    config = Config()
    if not kb_index.exists(config):
        bar = st.progress(0.0, text="Building the index (first start only)…")

        def progress(stage, done, total):
            share = {"parse": 0.05, "embed": 0.88, "lexical": 0.04, "facts": 0.03}
            base = {"parse": 0.0, "embed": 0.05, "lexical": 0.93, "facts": 0.97}[stage]
            bar.progress(min(1.0, base + share[stage] * (done / max(total, 1))), text=f"{stage}: {done}/{total}")

        kb_index.ingest(config, progress=progress)
        bar.empty()
    index = kb_index.open_index(config)
    embed_query(config, "warm-up")
    from kb import scope
    from kb.question import analyse

    scope.margin(analyse("warm-up", config), config)  # embeds the scope examples once, not on the first question
    return index


def esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def highlighted(text: str, quote: str) -> str:
    """The provision, escaped, with the quoted words marked."""
    safe, q = esc(text), esc(quote)
    return safe.replace(q, f"<mark>{q}</mark>", 1) if q and q in safe else safe


def scope(value: str) -> str | None:
    return None if value == "All" else value


def show_provision(index, pid: str, quote: str = "") -> None:
    p = index.provision(pid)
    if p is None:
        st.error(f"{pid} is not in the index")
        return
    top = p
    while top.parent and index.provision(top.parent):
        top = index.provision(top.parent)
    st.markdown(f"**{html.escape(top.citation)}** — {html.escape(top.heading)}  \n"
                f"Status: {html.escape(top.status)} · as of {html.escape(top.as_of)} · [official text]({top.url})",
                unsafe_allow_html=True)
    if top.note:
        st.caption(top.note)
    st.markdown(f"<div style='font-size:0.92em'>{provision_html(top.text, quote)}</div>", unsafe_allow_html=True)


# ---------------------------------------------------------------- pages


def page_ask(index) -> None:
    from kb.answer import Conversation

    st.header("Ask")
    conv: Conversation = st.session_state.setdefault("conversation", Conversation())
    choice = st.selectbox("Jurisdiction", JURISDICTIONS, key="ask_jurisdiction")
    conv.jurisdiction = scope(choice)
    for asked, answer in st.session_state.setdefault("chat", []):
        render_exchange(index, asked, answer)
    question = st.chat_input("Ask about the DSA, the Online Safety Act, the Code pénal or US law…")
    if question:
        with st.chat_message("user"):  # echoed at once, before the answer is ready
            st.text(question)
        try:
            with st.spinner("Reading the provisions…"):
                answer = conv.ask(question, index=index)
        except CrosslexError as e:
            st.error(str(e))
            return
        st.session_state["chat"].append((question, answer))
        render_exchange(index, question, answer, echo=False)


def _linked_markers(text: str, urls: dict[int, str]) -> str:
    """[n] markers as links to the cited provision's official text."""
    import re

    return re.sub(r"\[(\d+)\]", lambda m: f"[\\[{m.group(1)}\\]]({urls[int(m.group(1))]})"
                  if int(m.group(1)) in urls else m.group(0), text)


def render_exchange(index, question: str, answer, echo: bool = True) -> None:
    if echo:
        with st.chat_message("user"):
            st.text(question)
    with st.chat_message("assistant"):
        if answer.abstained:
            st.warning("Not supported by the corpus.")
            st.text(answer.answer)
            return
        if answer.direct:
            st.markdown(f"**{_linked_markers(md_escape(answer.direct), {c.n: c.provision.url for c in answer.citations})}**")
        by_top: dict[str, list] = {}
        for c in answer.citations:
            by_top.setdefault(c.top.id, []).append(c)
        for top_id, items in by_top.items():
            top = items[0].top
            marks = "".join(f"[{c.n}]" for c in items)
            related = " (related)" if all(c.related for c in items) else ""
            with st.expander(f"{marks} {top.citation}{related} — {top.status}, as of {top.as_of}"):
                for c in items:
                    st.markdown(f"**[{c.n}] {html.escape(c.provision.citation)}** · [official text]({c.provision.url})")
                    st.markdown(f"<blockquote>{esc(c.quote)}{' […]' if c.cut else ''}</blockquote>",
                                unsafe_allow_html=True)
                st.caption("The whole provision, the quotes marked:")
                st.markdown(provision_html(top.text, items[0].quote), unsafe_allow_html=True)


def md_escape(text: str) -> str:
    """Plain text shown through st.markdown: Markdown's own characters lose their meaning."""
    import re

    return re.sub(r"([\\`*_{}<>#+!|~$])", r"\\\1", text)


def provision_html(text: str, quote: str = "") -> str:
    """A provision's text, escaped, each line indented by its nesting ((1) > (a) > (i)), the quote marked."""
    from kb.units import outline

    rows = []
    for depth, line in outline(text):
        safe = html.escape(line)
        q = html.escape(quote)
        if q and q in safe:
            safe = safe.replace(q, f"<mark>{q}</mark>", 1)
        rows.append(f"<div style='margin-left:{1.4 * depth:.1f}em'>{safe}</div>")
    if quote and html.escape(quote) not in "".join(rows):  # a quote spanning several lines
        return f"<div>{highlighted(text, quote)}</div>"
    return "".join(rows)


def internal_link(label: str, pid: str) -> str:
    """A link that opens a provision on the Cite page of this app, in the same tab."""
    from urllib.parse import quote

    return f"<a href='?page=Cite&ref={quote(pid)}' target='_self'>{html.escape(label)}</a>"


STATUS_STYLE = {"resolved": ":green-background[resolved]", "not in corpus": ":orange-background[not in corpus]",
                "unresolved": ":red-background[does not resolve]", "not recognised": ":red-background[not recognised]"}


def page_cite(index) -> None:
    from kb.citation import cite, extract, neighbours
    from kb.extract import annotate

    st.header("Cite")
    with st.form("lookup"):
        ref = st.text_input("Reference, id or official URL", value=st.query_params.get("ref", ""),
                            placeholder="Art. 34 DSA · 18 U.S.C. § 2256(8)(B) · s. 12(3) OSA · article 226-8-1 du code pénal")
        looked_up = st.form_submit_button("Look up")
    if ref and (looked_up or st.query_params.get("ref") == ref):
        try:
            r = cite(ref, index)
        except CrosslexError as e:
            st.error(str(e) + (f" — did you mean: {', '.join(e.suggestions)}?" if getattr(e, "suggestions", None) else ""))
        else:
            target = r["pinpoint"] or r
            st.subheader(target["citation"])
            st.code(target["house_citation"], language=None)
            st.markdown(f"{html.escape(r['status'])} · as of {html.escape(r['as_of'])} · [official text]({target['url']}) · "
                        f"id `{target['id']}`")
            if r.get("note"):
                st.info(r["note"])
            if r["pinpoint"]:
                st.markdown(provision_html(r["pinpoint"]["text"]), unsafe_allow_html=True)
                with st.expander(f"Whole provision: {r['citation']}"):
                    st.markdown(provision_html(r["text"], r["pinpoint"]["text"]), unsafe_allow_html=True)
            else:
                st.markdown(provision_html(r["text"]), unsafe_allow_html=True)
            near = neighbours(r["id"], index)
            if near:
                st.markdown("Neighbouring provisions: " + " · ".join(internal_link(p.citation, p.id) for p in near),
                            unsafe_allow_html=True)
    st.divider()
    with st.form("extract"):
        text = st.text_area("Paste a text to find every reference in it (English or French)", height=160)
        go = st.form_submit_button("Find references")
    if go and text.strip():
        try:
            found = extract(text, index)
        except CrosslexError as e:
            st.error(str(e))
            return
        if not found:
            st.info("No references found.")
            return
        counts = {s: sum(1 for f in found if f["status"] == s) for s in STATUS_STYLE}
        st.caption(" · ".join(f"{n} {s}" for s, n in counts.items() if n))
        st.html(f"<div style='line-height:1.7'>{annotate(text, found)}</div>")
        for f in found:
            short = " (short form: the instrument named before it)" if f.get("short_form") else ""
            if f["resolved"]:
                st.markdown(f"{STATUS_STYLE[f['status']]} “{html.escape(f['text'])}” → "
                            f"{internal_link(f['citation'], f['id'])} · {html.escape(f['legal_status'])} · "
                            f"[official text]({f['url']}){short}", unsafe_allow_html=True)
            else:
                st.markdown(f"{STATUS_STYLE[f['status']]} “{html.escape(f['text'])}” — {html.escape(f['error'])}",
                            unsafe_allow_html=True)


def page_check(index) -> None:
    import datetime as dt

    from kb.check_text import check
    from kb.report import annotated_html, counts, to_html, to_markdown

    st.header("Fact-check")
    with st.form("check"):
        text = st.text_area("Paste a claim, a paragraph or a whole article (English or French)", height=220)
        c1, c2 = st.columns([1, 3])
        known = c1.checkbox("I know the publication date")
        when = c2.date_input("Publication date (for “lundi”, “la veille”, “last week”)", value=dt.date(2026, 1, 9))
        go = st.form_submit_button("Check")
    if not (go and text.strip()):
        return
    try:
        with st.spinner("Checking every sentence against the law and the recorded actions…"):
            result = check(text, index, published=when if known else None)
    except CrosslexError as e:
        st.error(str(e))
        return
    summary = " · ".join(f"{n} {v}" for v, n in counts(result).items())
    dated = f" · published {result['published']}" + (f" ({result['published_from']})" if result.get("published_from") else "") \
        if result.get("published") else " · no publication date: relative dates are not read"
    st.caption(summary + dated)
    st.html(annotated_html(result))  # st.markdown mangles a long block of inline HTML
    st.subheader("Sentence by sentence")
    for i, c in enumerate(result["claims"], 1):
        if c["verdict"] == "not a claim":
            continue
        with st.expander(f"[{i}] {c['verdict'].upper()} — {c['text'][:110]}", expanded=c["verdict"] == "contradicted"):
            st.markdown(f"{BADGES[c['verdict']]} {md_escape(c['explanation'])}")
            if c.get("correction"):
                st.markdown(f"**Correction:** {md_escape(c['correction'])}")
            for cav in c.get("caveats", []):
                st.markdown(f"**Caveat:** {md_escape(cav)}")
            for e in c["evidence"]:
                link = f"[{html.escape(e['citation'])}]({e['url']})" if e["url"].startswith("http") else html.escape(e["citation"])
                st.markdown(f"{link}<blockquote>{esc(e['quote'])}</blockquote>", unsafe_allow_html=True)
    c1, c2 = st.columns(2)
    c1.download_button("Export as Markdown", to_markdown(result), file_name="crosslex-fact-check.md", mime="text/markdown")
    c2.download_button("Export as HTML", to_html(result), file_name="crosslex-fact-check.html", mime="text/html")


def page_compare(index) -> None:
    from kb.compare import compare

    st.header("Compare")
    with st.form("compare"):
        topic = st.text_input("Topic", placeholder="sexual deepfakes of adults · platform removal deadlines · maximum fines")
        st.form_submit_button("Compare")
    if not topic:
        return
    try:
        with st.spinner("Reading the four bodies of law…"):
            result = compare(topic, index)
    except CrosslexError as e:
        st.error(str(e))
        return
    for row in result["rows"]:
        st.subheader(row["jurisdiction"])
        if not row["found"]:
            st.caption(row["note"] + (f" (nearest: {'; '.join(row['nearest'])})" if row.get("nearest") else ""))
            continue
        bill = " · **a bill, not law**" if row["bill"] else ""
        st.markdown(f"**[{html.escape(row['citation'])}]({row['url']})** · {html.escape(row['status'])} · "
                    f"as of {row['as_of']}{bill}")
        if row["summary"]:
            st.markdown(_linked_markers(md_escape(row["summary"]), {q["n"]: q["url"] for q in row["quotes"]}))
        for q in row["quotes"]:
            st.markdown(f"<blockquote>[{q['n']}] <b>{html.escape(q['citation'])}</b>: {esc(q['quote'])}</blockquote>",
                        unsafe_allow_html=True)


def page_timeline(index) -> None:
    import altair as alt
    import pandas as pd

    from kb.actions import timeline

    st.header("Timeline of regulatory actions")
    c1, c2 = st.columns(2)
    j = c1.selectbox("Jurisdiction", JURISDICTIONS, key="tl_jurisdiction")
    target = c2.text_input("Target contains", key="tl_target")
    try:
        items = timeline(index, scope(j), target or None)
    except CrosslexError as e:
        st.error(str(e))
        return
    if not items:
        st.info("No actions match.")
        return
    rows = []
    for a in items:
        # A record dated only to the month ("2026-01") is drawn at the month's first day.
        day = a.date + "-01-01"[len(a.date) - 4:] if len(a.date) < 10 else a.date
        kind = AUTHORITY_KINDS.get(a.extra.get("authority_kind", ""), "Other")
        rows.append({"date": pd.to_datetime(day), "jurisdiction": a.jurisdiction, "authority type": kind,
                     "authority": a.authority, "action": a.action_type.split(" (")[0],
                     "amount": f"EUR {a.amount_eur:,.0f}" if a.amount_eur else None})
    frame = pd.DataFrame(rows)
    # Several actions on one day (January 2026) stack instead of hiding each other, centred on their row so a
    # stack never reads as the next jurisdiction's points (pixels, no scale).
    same = frame.groupby(["date", "jurisdiction"])
    rows_order = sorted(frame["jurisdiction"].unique())
    frame["row"] = frame["jurisdiction"].map(rows_order.index) + (
        same.cumcount() - (same["date"].transform("size") - 1) / 2) * 0.2
    tooltip = ["date:T", "authority", "action"] + (["amount"] if frame["amount"].notna().any() else [])
    chart = alt.Chart(frame).mark_circle(size=140, opacity=0.85).encode(
        x=alt.X("date:T", title=None),
        y=alt.Y("row:Q", title=None, scale=alt.Scale(domain=[-0.6, len(rows_order) - 0.4], reverse=True),
                axis=alt.Axis(values=list(range(len(rows_order))), grid=False,
                              labelExpr=f"{rows_order}[datum.value]")),
        color=alt.Color("authority type:N", legend=alt.Legend(orient="bottom", title=None, columns=3)),
        tooltip=tooltip).properties(height=320)
    st.altair_chart(chart, width="stretch")
    for a in items:
        amount = f" · EUR {a.amount_eur:,.0f}" if a.amount_eur else ""
        with st.expander(f"{a.date} · {a.jurisdiction} · {a.authority}: {a.action_type}{amount}"):
            st.caption(f"Target: {a.target} · source confidence: {a.confidence}")
            st.markdown(f"*Collector's summary (not a quotation):* {html.escape(a.description)}")
            for ex in a.excerpts:
                src = ex.get("source", "")
                link = f"[{html.escape(src)}]({src})" if src.startswith("http") else html.escape(src)
                st.markdown(f"> {esc(ex['text'])}  \n— {link}", unsafe_allow_html=True)
            for l in a.links:
                if l["resolved"]:
                    p = index.provision(l["id"])
                    st.markdown(f"- [{html.escape(l['citation'])}]({p.url if p else ''})")
                    if p is not None:
                        with st.popover(f"Read {l['citation']}"):
                            show_provision(index, p.id)
                else:
                    st.markdown(f"- {html.escape(l['text'])} — *{html.escape(l['error'])}*")


def page_sources(index) -> None:
    from kb.registry import known_gaps, load_sources, sidecar

    st.header("Sources")
    counts = index.manifest["sources"]
    sources = load_sources(index.config)
    st.caption(f"{len(sources)} instruments and the regulatory actions around them; "
               f"{index.manifest['provisions']:,} provisions indexed on {index.manifest['created'][:10]}.")
    for s in sources:
        side = sidecar(s, index.config)
        n = counts.get(s.id, {}).get("top_level")
        label = "a bill, not law · " if not s.is_law else ""
        st.markdown(f"#### [{html.escape(s.short_name)}]({s.official_url})  \n"
                    f"{s.jurisdiction} · {label}{html.escape(s.status)} · as of {html.escape(s.as_of)}"
                    + (f" · {n:,} top-level provisions" if n is not None else ""))
        st.markdown(html.escape(s.title))
        if s.status_detail:
            st.caption(s.status_detail)
        repo = (side.get("obtained_from") or {}).get("repository", "")
        if repo:
            st.caption(f"Copied from {repo} · {s.licence}")
        gaps = known_gaps(s, index.config)
        if gaps:
            st.markdown("**What the corpus lacks or had restored**\n" + "\n".join(f"- {html.escape(g)}" for g in gaps))
        st.divider()


def main() -> None:
    st.sidebar.title("crosslex")
    st.sidebar.caption("EU · UK · FR · US law on AI-generated sexual imagery, with verbatim citations.")
    if st.query_params.get("page") in PAGES and "page" not in st.session_state:
        st.session_state["page"] = st.query_params["page"]  # a link into the app ("?page=Cite&ref=…")
    page = st.sidebar.radio("Page", PAGES, key="page")
    try:
        with st.spinner("Loading the index…"):
            index = load_index()
    except CrosslexError as e:
        st.error(str(e))
        return
    pages = {"Ask": page_ask, "Cite": page_cite, "Fact-check": page_check, "Compare": page_compare,
             "Timeline": page_timeline, "Sources": page_sources}
    try:
        pages[page](index)
    except Exception as e:  # a bug must still show as a message, never as a traceback in the page
        st.error(f"Something went wrong on this page ({type(e).__name__}: {e}). Nothing was changed.")


main()

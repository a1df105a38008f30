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
BADGES = {"supported": "🟢 supported", "contradicted": "🔴 contradicted", "unverifiable": "🟡 unverifiable"}

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
            share = {"parse": 0.05, "embed": 0.9, "lexical": 0.05}
            base = {"parse": 0.0, "embed": 0.05, "lexical": 0.95}[stage]
            bar.progress(min(1.0, base + share[stage] * (done / max(total, 1))), text=f"{stage}: {done}/{total}")

        kb_index.ingest(config, progress=progress)
        bar.empty()
    index = kb_index.open_index(config)
    embed_query(config, "warm-up")
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
    st.markdown(f"<div style='font-size:0.92em'>{highlighted(top.text, quote)}</div>", unsafe_allow_html=True)


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
        try:
            answer = conv.ask(question, index=index)
        except CrosslexError as e:
            st.error(str(e))
            return
        st.session_state["chat"].append((question, answer))
        render_exchange(index, question, answer)


def render_exchange(index, question: str, answer) -> None:
    with st.chat_message("user"):
        st.text(question)
    with st.chat_message("assistant"):
        if answer.abstained:
            st.warning("Not supported by the corpus.")
            st.text(answer.answer)
            return
        st.text(answer.answer)
        for c in answer.citations:
            with st.expander(f"[{c.n}] {c.provision.citation} — {c.provision.status}, as of {c.provision.as_of}"):
                show_provision(index, c.provision.id, c.quote)


def page_cite(index) -> None:
    from kb.citation import cite, extract, neighbours

    st.header("Cite")
    ref = st.text_input("Reference", placeholder="Art. 34 DSA · 18 U.S.C. § 2256(8)(B) · s. 137 OSA 2023 · article 226-8-1 du code pénal")
    if ref:
        try:
            r = cite(ref, index)
        except CrosslexError as e:
            st.error(str(e) + (f" — did you mean: {', '.join(e.suggestions)}?" if getattr(e, "suggestions", None) else ""))
        else:
            target = r["pinpoint"] or r
            st.subheader(target["citation"])
            st.code(target["house_citation"], language=None)
            st.caption(f"{r['status']} · as of {r['as_of']} · {r['url']}")
            if r.get("note"):
                st.info(r["note"])
            if r["pinpoint"]:
                st.markdown(f"<div>{esc(r['pinpoint']['text'])}</div>", unsafe_allow_html=True)
                with st.expander(f"Whole provision: {r['citation']}"):
                    st.markdown(f"<div>{esc(r['text'])}</div>", unsafe_allow_html=True)
            else:
                st.markdown(f"<div>{esc(r['text'])}</div>", unsafe_allow_html=True)
            near = neighbours(r["id"], index)
            if near:
                st.caption("Neighbouring provisions: " + " · ".join(p.citation for p in near))
    st.divider()
    text = st.text_area("Paste a text to link every reference in it")
    if text:
        try:
            found = extract(text, index)
        except CrosslexError as e:
            st.error(str(e))
            return
        if not found:
            st.info("No references found.")
        st.dataframe([{"reference": f["text"], "resolves to": f.get("citation", "—"),
                       "status": f.get("status", f.get("error", "")), "link": f.get("url", "")} for f in found],
                     column_config={"link": st.column_config.LinkColumn()}, width="stretch")


def page_check(index) -> None:
    from kb.check import check

    st.header("Fact-check")
    text = st.text_area("Paste claims or a paragraph (English or French)")
    if not text:
        return
    try:
        result = check(text, index)
    except CrosslexError as e:
        st.error(str(e))
        return
    rows = [{"verdict": BADGES[c["verdict"]], "claim": c["text"], "explanation": c["explanation"],
             "evidence": "; ".join(e["citation"] for e in c["evidence"])} for c in result["claims"]]
    st.dataframe(rows, width="stretch")
    for c in result["claims"]:
        with st.expander(f"{BADGES[c['verdict']]} — {c['text'][:90]}"):
            st.text(c["explanation"])
            for e in c["evidence"]:
                st.markdown(f"**{html.escape(e['citation'])}** ([source]({e['url']})): “{esc(e['quote'])}”",
                            unsafe_allow_html=True)
    md = "\n".join(f"- **{c['verdict']}** — {c['text']}\n  - {c['explanation']}\n" +
                   "".join(f"  - {e['citation']}: “{e['quote']}” <{e['url']}>\n" for e in c["evidence"])
                   for c in result["claims"])
    st.download_button("Export as Markdown", md, file_name="crosslex-fact-check.md", mime="text/markdown")


def page_compare(index) -> None:
    from kb.compare import compare

    st.header("Compare")
    topic = st.text_input("Topic", placeholder="sexual deepfakes of adults · platform removal deadlines · maximum fines")
    if not topic:
        return
    try:
        result = compare(topic, index)
    except CrosslexError as e:
        st.error(str(e))
        return
    for col, row in zip(st.columns(4), result["rows"]):
        with col:
            st.subheader(row["jurisdiction"])
            if not row["found"]:
                st.caption(row["note"])
                continue
            st.markdown(f"**{html.escape(row['citation'])}**  \n{html.escape(row['status'])} · as of {row['as_of']}")
            st.markdown(f"“{esc(row['key_quote'])}”", unsafe_allow_html=True)
            if row["figures"]:
                st.caption("Figures: " + "; ".join(row["figures"]))


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
    # A record dated only to the month ("2026-01") is drawn at the month's first day.
    frame = pd.DataFrame([{"date": pd.to_datetime(a.date + "-01-01"[len(a.date) - 4:] if len(a.date) < 10 else a.date),
                           "jurisdiction": a.jurisdiction, "authority": a.authority, "action": a.action_type.split(" (")[0],
                           "amount (EUR)": a.amount_eur or 0, "confidence": a.confidence.split(" (")[0]} for a in items])
    chart = alt.Chart(frame).mark_circle(size=160).encode(
        x=alt.X("date:T", title=None), y=alt.Y("jurisdiction:N", title=None), color="authority:N",
        tooltip=["date:T", "authority", "action", "amount (EUR)", "confidence"]).properties(height=220)
    st.altair_chart(chart, width="stretch")
    for a in items:
        with st.expander(f"{a.date} · {a.jurisdiction} · {a.authority}: {a.action_type}"):
            st.caption(f"Target: {a.target} · source confidence: {a.confidence}")
            st.markdown(f"*Collector's summary:* {html.escape(a.description)}")
            for ex in a.excerpts:
                st.markdown(f"> {esc(ex['text'])}  \n— {html.escape(ex.get('source', ''))}", unsafe_allow_html=True)
            for l in a.links:
                st.markdown(f"- {html.escape(l['citation'])} (`{l['id']}`)" if l["resolved"]
                            else f"- {html.escape(l['text'])} — *{html.escape(l['error'])}*")


def page_sources(index) -> None:
    from kb.registry import load_sources, sidecar

    st.header("Sources")
    counts = index.manifest["sources"]
    rows = []
    for s in load_sources(index.config):
        side = sidecar(s, index.config)
        gaps = side.get("missing_text") or ([side["extract_contents"]] if side.get("extract") else [])
        gaps = [g if isinstance(g, str) else "; ".join(f"{k}: {v}" for k, v in g.items()) if isinstance(g, dict) else str(g)
                for g in (gaps if isinstance(gaps, list) else [gaps])]
        rows.append({"instrument": s.short_name, "jurisdiction": s.jurisdiction, "status": s.status, "as of": s.as_of,
                     "provisions": counts.get(s.id, {}).get("top_level"), "provenance": side.get("obtained_from", {}).get("repository", ""),
                     "what the corpus lacks": " ".join(gaps) if gaps else "", "official": s.official_url})
    st.dataframe(rows, column_config={"official": st.column_config.LinkColumn()}, width="stretch")
    st.caption(f"Index build {index.build}; {index.manifest['chunks']} chunks; model {index.manifest['model']}.")


def main() -> None:
    st.sidebar.title("crosslex")
    st.sidebar.caption("EU · UK · FR · US law on AI-generated sexual imagery, with verbatim citations.")
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

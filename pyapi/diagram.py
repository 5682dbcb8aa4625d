"""SVG diagrams of an answer: a reporting chain or a routing path, with the
citation on every edge (Graphviz ``dot``, installed by ``./dev.sh``)."""

from __future__ import annotations

import shutil
import subprocess


class DiagramError(RuntimeError):
    """Graphviz is missing or failed."""


def _q(text: str) -> str:
    """A DOT double-quoted string (nothing in it can end the string)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _cites(citations: list[dict]) -> str:
    """The citations of an edge, wrapped: a public citation that names the
    heading of a repeated number is long (pyapi/structure/public.py)."""
    import textwrap

    return "\n".join(textwrap.wrap("; ".join(c["cite"] for c in citations), 48,
                                    break_long_words=False)) or ""


CONFLICT = "#b00020"
LONG_CHAIN = 3          # more steps than this: top to bottom, to fit a slide


def to_dot(result: dict, w=None) -> str:
    """The DOT source of an answer (``ask`` JSON), in the language of ``w``
    (a pyapi.wording.Wording; Indonesian unless asked): the title names the
    question, the regulation and the status; every edge carries its
    citation; the edges of a conflict's sides are red and the conflict is
    noted with both citations; a legend says what the lines mean; a long
    chain runs top to bottom, to fit a slide.  Every word comes from the
    language files."""
    from .render import answer_line, post_label
    from .wording import Wording

    if w is None or isinstance(w, dict):
        w = Wording(result.get("lang") or "id")
    subject_id = result["params"].get("subject")
    subject = w.label(subject_id, "subject") if subject_id else w.word("diagram_subject")
    title = (f"{w.question(result['question'])}\n{w.regulation(result['regency'])}"
             f" ({w.status(result['status'])})")
    steps = max((len(a.get("steps", ())) for a in result["answers"]), default=0)
    lines = ["digraph perbup {", f"  rankdir={'TB' if steps > LONG_CHAIN else 'LR'};",
             f"  label={_q(title)};", "  labelloc=t;", '  fontname="Helvetica";',
             '  node [shape=box, style=rounded, fontname="Helvetica"];',
             '  edge [fontname="Helvetica", fontsize=10];']
    nodes: dict[str, str] = {}
    contested = {side["value"] for c in result.get("conflicts", []) for side in c["sides"]}

    def node(label: str) -> str:
        if label not in nodes:
            nodes[label] = f"n{len(nodes)}"
            lines.append(f"  {nodes[label]} [label={_q(label)}];")
        return nodes[label]

    def edge(a: str, b: str, label: str, dashed: bool = False, red: bool = False) -> None:
        if a == b:                           # a post that is itself: nothing to draw
            return
        style = (", style=dashed" if dashed else "") + \
            (f', color="{CONFLICT}", fontcolor="{CONFLICT}", penwidth=2' if red else "")
        line = f"  {node(a)} -> {node(b)} [label={_q(label)}{style}];"
        if line not in lines:                # the same edge of two answers: drawn once
            lines.append(line)

    def holder(item: dict, field: str) -> str:
        """The label of a post an item names, in the diagram's language."""
        if w.lang == "en":
            return w.label(item.get(field), fallback=item.get(field + "_label"))
        return item.get(field + "_label") or w.label(item.get(field))

    reports, held_by, copy = (w.word("diagram_reports"), w.word("diagram_held_by"),
                              w.word("diagram_copy"))
    for answer in result["answers"]:
        red = answer.get("value") in contested
        if "steps" in answer:
            for step in answer["steps"]:
                n = step["value"].split(" ", 1)[0]
                action = w.label(step["action"], "action")
                edge(holder(step, "actor"), holder(step, "to"),
                     f"{n}. {action}\n{_cites(step['citations'])}", red=red)
                for cc in step.get("tembusan", []):
                    edge(holder(step, "actor"), post_label(cc, w),
                         f"{n}. {copy}\n{_cites(step['citations'])}", dashed=True, red=red)
        elif "to" in answer and "direct" in answer:           # reporting line
            start = subject
            key = (answer.get("key") or "").split(" ")
            if key[0] == "capacity" and len(key) > 1 and key[1] != "semua":   # its case
                reports = f"{w.word('diagram_reports')} ({w.label(key[1], 'capacity')})"
            else:
                reports = w.word("diagram_reports")
            if answer.get("direct") is False:
                edge(start, holder(answer, "via"), f"{reports}\n{_cites(answer['citations'])}",
                     red=red)
                start = holder(answer, "via")
            edge(start, holder(answer, "to"), f"{reports}\n{_cites(answer['citations'])}",
                 red=red)
            for post in answer.get("posts", []):
                edge(holder(answer, "to"), post_label(post, w),
                     f"{held_by}\n{_cites(post['citations'])}", dashed=True, red=red)
        elif "post" in answer:          # assessor, unit leader
            edge(subject, post_label(answer, w),
                 f"{w.label(result['question'], 'question')}\n{_cites(answer['citations'])}",
                 red=red)
        else:
            edge(w.label(result["question"], "question"), answer_line(answer, w),
                 _cites(answer["citations"]), red=red)
    for i, conflict in enumerate(result.get("conflicts", []), 1):
        sides = " ↔ ".join(side["citation"]["cite"] for side in conflict["sides"])
        about = conflict.get("about_text") or ""
        lines.append(f'  c{i} [shape=note, color="{CONFLICT}", fontcolor="{CONFLICT}", '
                     f"label={_q(w.word('diagram_conflict') + ': ' + about + chr(10) + sides)}];")
    if not result["answers"]:
        node(w.status("tidak-diatur"))
    lines += ["  subgraph cluster_keterangan {",
              f"    label={_q(w.word('diagram_legend'))}; fontsize=10;",
              '    style=dashed; color="#888888";',
              '    node [shape=plaintext, fontsize=10];',
              f"    k1 [label={_q('── ' + w.word('diagram_legend_line'))}];",
              f"    k2 [label={_q('- - ' + w.word('diagram_legend_dashed'))}];",
              f'    k3 [label={_q("── " + w.word("diagram_legend_conflict"))}, '
              f'fontcolor="{CONFLICT}"];',
              "  }", "}"]
    return "\n".join(lines)


def to_svg(dot_source: str, timeout: float = 10.0) -> str:
    dot = shutil.which("dot")
    if dot is None:
        raise DiagramError("Graphviz 'dot' is not installed (./dev.sh setup installs it)")
    try:
        done = subprocess.run([dot, "-Tsvg"], input=dot_source.encode("utf-8"),
                              capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise DiagramError("Graphviz took too long") from None
    if done.returncode != 0:
        raise DiagramError("Graphviz failed: " + done.stderr.decode("utf-8", "replace")[:300])
    return done.stdout.decode("utf-8")

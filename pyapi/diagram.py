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


def to_dot(result: dict, labels: dict[str, str] | None = None) -> str:
    """The DOT source of an answer (``ask`` JSON), in Indonesian: the title
    names the question, the regulation and the status; every edge carries
    its citation; the edges of a conflict's sides are red and the conflict
    is noted with both citations; a legend says what the lines mean."""
    from .render import STATUS_ID, answer_line

    labels = labels or {}
    subject_id = result["params"].get("subject")
    subject = labels.get(subject_id, subject_id) if subject_id else "Pejabat Fungsional / Pelaksana"
    question = labels.get(result["question"], result["question"])
    title = (f"{question[:1].upper()}{question[1:]} — {labels.get(result['regency'], result['regency'])}"
             f" ({STATUS_ID.get(result['status'], result['status'])})")
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
        lines.append(f"  {node(a)} -> {node(b)} [label={_q(label)}{style}];")

    for answer in result["answers"]:
        red = answer.get("value") in contested
        if "steps" in answer:
            for step in answer["steps"]:
                n = step["value"].split(" ", 1)[0]
                action = labels.get(step["action"], step["action"].replace("-", " "))
                edge(step["actor_label"], step["to_label"],
                     f"{n}. {action}\n{_cites(step['citations'])}", red=red)
                for cc in step.get("tembusan", []):
                    edge(step["actor_label"], cc["post_label"],
                         f"{n}. tembusan\n{_cites(step['citations'])}", dashed=True, red=red)
        elif "to_label" in answer:           # reporting line
            start = subject
            if answer.get("direct") is False:
                edge(start, answer["via_label"], f"melapor\n{_cites(answer['citations'])}", red=red)
                start = answer["via_label"]
            edge(start, answer["to_label"], f"melapor\n{_cites(answer['citations'])}", red=red)
            for post in answer.get("posts", []):
                edge(answer["to_label"], post["post_label"],
                     f"dijabat oleh\n{_cites(post['citations'])}", dashed=True, red=red)
        elif "post_label" in answer:          # assessor, unit leader
            edge(subject, answer["post_label"], f"{question}\n{_cites(answer['citations'])}",
                 red=red)
        else:
            edge(question, answer_line(answer), _cites(answer["citations"]), red=red)
    for i, conflict in enumerate(result.get("conflicts", []), 1):
        sides = " ↔ ".join(side["citation"]["cite"] for side in conflict["sides"])
        lines.append(f'  c{i} [shape=note, color="{CONFLICT}", fontcolor="{CONFLICT}", '
                     f"label={_q('Pertentangan: ' + sides)}];")
    if not result["answers"]:
        node("tidak diatur")
    lines += ["  subgraph cluster_keterangan {", '    label="Keterangan"; fontsize=10;',
              '    style=dashed; color="#888888";',
              '    node [shape=plaintext, fontsize=10];',
              '    k1 [label="── melapor / langkah alur (dengan dasar ketentuannya)"];',
              '    k2 [label="- - dijabat oleh / tembusan"];',
              f'    k3 [label="── bertentangan", fontcolor="{CONFLICT}"];',
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

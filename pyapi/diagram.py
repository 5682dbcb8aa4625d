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
    return "; ".join(c["cite"] for c in citations)


def to_dot(result: dict, labels: dict[str, str] | None = None) -> str:
    """The DOT source of an answer (``ask`` JSON)."""
    labels = labels or {}
    subject_id = result["params"].get("subject")
    subject = labels.get(subject_id, subject_id) if subject_id else "Pejabat Fungsional / Pelaksana"
    title = f"{result['question']} — {result['regency']} ({result['status']})"
    lines = ["digraph perbup {", "  rankdir=LR;", f"  label={_q(title)};", "  labelloc=t;",
             '  node [shape=box, style=rounded, fontname="Helvetica"];',
             '  edge [fontname="Helvetica", fontsize=10];']
    nodes: dict[str, str] = {}

    def node(label: str) -> str:
        if label not in nodes:
            nodes[label] = f"n{len(nodes)}"
            lines.append(f"  {nodes[label]} [label={_q(label)}];")
        return nodes[label]

    def edge(a: str, b: str, label: str, dashed: bool = False) -> None:
        style = ", style=dashed" if dashed else ""
        lines.append(f"  {node(a)} -> {node(b)} [label={_q(label)}{style}];")

    for answer in result["answers"]:
        if "steps" in answer:
            for step in answer["steps"]:
                n = step["value"].split(" ", 1)[0]
                edge(step["actor_label"], step["to_label"],
                     f"{n}. {step['action'].replace('-', ' ')}\n{_cites(step['citations'])}")
                for cc in step.get("tembusan", []):
                    edge(step["actor_label"], cc["post_label"],
                         f"{n}. tembusan\n{_cites(step['citations'])}", dashed=True)
        elif "to_label" in answer:           # reporting line
            start = subject
            if answer.get("direct") is False:
                edge(start, answer["via_label"], f"melapor\n{_cites(answer['citations'])}")
                start = answer["via_label"]
            edge(start, answer["to_label"], f"melapor\n{_cites(answer['citations'])}")
            for post in answer.get("posts", []):
                edge(answer["to_label"], post["post_label"],
                     f"dijabat oleh\n{_cites(post['citations'])}", dashed=True)
        elif "post_label" in answer:          # assessor, unit leader
            edge(subject, answer["post_label"], f"{result['question']}\n{_cites(answer['citations'])}")
        else:
            edge(result["question"], answer["value"], _cites(answer["citations"]))
    if not result["answers"]:
        node("tidak diatur")
    lines.append("}")
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

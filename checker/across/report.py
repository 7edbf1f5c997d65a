"""The HTML report's story view (``--across``): each story whose articles conflict, its articles
side by side, every conflicting span marked, and each finding linking its span in one article to
the spans it conflicts with in the others."""

from __future__ import annotations

from html import escape

from checker.core.models import Finding, Related

STORY_CSS = """
section.ck-story { background: #fff; border: 1px solid var(--ck-border); border-radius: 6px; margin: 0 0 1.5rem; padding: 0.8rem 1rem; }
section.ck-story h2 { margin: 0 0 0.5rem; font-size: 1.15rem; }
.story-grid { display: grid; gap: 0.8rem; align-items: start; }
.story-col h3 { margin: 0 0 0.3rem; font-size: 1rem; overflow-wrap: anywhere; }
.story-col .ck-text { border: 1px solid var(--ck-border); border-radius: 4px; max-height: 70vh; overflow: auto; }
ol.story-links a { margin-inline: 0.2rem; }
@media (max-width: 900px) { .story-grid { grid-template-columns: 1fr !important; } }
"""


class Stories:
    """Collects the cross-article findings of a report as its articles stream past, then renders
    the story view. ``render_text(text, findings, prefix)`` is the report's own marking."""

    def __init__(self) -> None:
        self.texts: dict[str, tuple[str, str | None]] = {}     # article id -> (text, lang)
        self.links: list[tuple[str, Finding]] = []              # (article id, finding)

    def add(self, article_id: str, text: str | None, lang: str | None, findings) -> None:
        if text is not None:
            self.texts[article_id] = (text, lang)
        self.links += [(article_id, f) for f in findings if _elsewhere(article_id, f)]

    def groups(self) -> list[list[str]]:
        """The articles linked by cross-article findings, as connected groups in first-seen order."""
        order: dict[str, int] = {}
        parent: dict[str, str] = {}

        def root(a: str) -> str:
            while parent.setdefault(a, a) != a:
                a = parent[a]
            return a
        for a, f in self.links:
            for b in [a] + [r.article for r in f.related if r.article]:
                order.setdefault(b, len(order))
                ra, rb = root(a), root(b)
                if ra != rb:
                    parent[max(ra, rb, key=order.__getitem__)] = min(ra, rb, key=order.__getitem__)
        groups: dict[str, list[str]] = {}
        for a in sorted(order, key=order.__getitem__):
            groups.setdefault(root(a), []).append(a)
        return list(groups.values())

    def render(self, render_text) -> str:
        out = []
        for g, members in enumerate(self.groups(), 1):
            out.append(self._story(g, members, render_text))
        return "\n".join(out)

    def _story(self, g: int, members: list[str], render_text) -> str:
        column = {a: k for k, a in enumerate(members)}
        marks: dict[str, list[Finding]] = {a: [] for a in members}
        anchors: list[tuple[Finding, str, str, list[tuple[str, str]]]] = []
        for a, f in self.links:
            if a not in column:
                continue
            own = _place(marks, g, column, a, f, f.span)
            others = [(r.article, _place(marks, g, column, r.article, f, r.span, r))
                      for r in f.related if r.article in column]
            anchors.append((f, a, own, others))
        cols = []
        for a in members:
            text, lang = self.texts.get(a, (None, None))
            body = (render_text(text, marks[a], f"s{g}-c{column[a]}-") if text is not None
                    else "(the text of this article is not available to the report)")
            direction = "rtl" if lang in ("ar", "fa", "he", "ur") else "auto"
            cols.append(f'<div class="story-col"><h3 dir="auto">{escape(a)}</h3>'
                        f'<div class="ck-text" dir="{direction}">{body}</div></div>')
        items = "".join(
            f'<li><code>{escape(f.rule)}</code> <a href="#{own}" dir="auto">{escape(a)}</a> ↔ '
            + " ".join(f'<a href="#{anchor}" dir="auto">{escape(b)}</a>' for b, anchor in others)
            + f'<p class="msg" dir="ltr">{escape(f.message)}</p></li>'
            for f, a, own, others in anchors)
        return (f'<section class="ck-story" id="s{g}"><h2>Story {g}: {len(members)} articles</h2>'
                f'<div class="story-grid" style="grid-template-columns: repeat({len(members)}, minmax(0, 1fr))">'
                + "".join(cols) + f'</div><ol class="story-links">{items}</ol></section>')


def _elsewhere(article_id: str, f: Finding) -> bool:
    return any(r.article and r.article != article_id for r in f.related)


def _place(marks: dict[str, list[Finding]], g: int, column: dict[str, int], article: str, f: Finding,
           span, related: Related | None = None) -> str:
    """Add a mark for ``span`` to ``article``'s column; its anchor id (``render_text`` anchors the
    i-th finding of a column as ``{prefix}m{i}``)."""
    mark = f.model_copy(update={"span": span, "related": ()})
    marks[article].append(mark)
    return f"s{g}-c{column[article]}-m{len(marks[article]) - 1}"

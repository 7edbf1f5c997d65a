"""``--format json``: one versioned JSON document (streamed article by article) and
``--format jsonl``: one JSON object per article per line."""

from __future__ import annotations

import json

from checker.core.models import OUTPUT_VERSION, ArticleResult, Summary
from checker.reporters import Reporter


def dump_result(result: ArticleResult) -> str:
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, sort_keys=False)


class JsonReporter(Reporter):
    name = "json"
    description = 'One JSON document: {"version", "articles": [...], "summary"}.'

    def start(self) -> None:
        self.out.write('{"version": %d, "articles": [' % OUTPUT_VERSION)
        self._first = True

    def article(self, result: ArticleResult) -> None:
        self.out.write("\n" if self._first else ",\n")
        self._first = False
        self.out.write(dump_result(result))

    def finish(self, summary: Summary) -> None:
        self.out.write('\n], "summary": %s}\n' % json.dumps(summary.model_dump(mode="json"), ensure_ascii=False))


class JsonLinesReporter(Reporter):
    name = "jsonl"
    description = "One JSON object per article per line, streamed; no summary line."

    def article(self, result: ArticleResult) -> None:
        self.out.write(dump_result(result) + "\n")
        self.out.flush()

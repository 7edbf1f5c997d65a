"""Consistency across a batch (``checker check --across``): the articles of a run that tell one
story are grouped (:mod:`.grouping`, from the profiles of :mod:`.profile`, names matched through
the transliteration keys of :mod:`.keys`), and the group rules plugins register through
``checker_register_group_rules`` run over each group (:mod:`.group`, :mod:`.runner`).

Python API::

    from checker.across.runner import check_across
    results = check_across(articles, engine=engine)   # one ArticleResult per article, in order
"""


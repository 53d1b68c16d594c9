#!/usr/bin/env python3
"""Writes one oversized raw article, to measure how import time grows with an article's length.

usage: bench/long_article.py SHAPE WORDS FILE
  SHAPE  paragraph (all WORDS in one line), paragraphs (60 words each), lines (8 words each),
         token (WORDS x 6 letters with no space), html (one <p> of WORDS words)
Import it alone: `SINMUN_BUILD_SERVER=off /usr/bin/time -f "%e s %U s user" java -jar target/sinmun.jar import --project P`.
"""
import random
import sys

WORDS = ("the president said on Monday that Seoul would respond to the North Korean missile launch "
         "with allies including Washington and Tokyo Kim Jong-un Yoon Suk-yeol").split()
HEAD = "Seoul vows firm response to missile launch\nPosted March. 14, 2023 07:34,\nUpdated March. 14, 2023 07:34\n\n"
SIGNATURE = "\n\nKim Min-ji reporter@donga.com\n"


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)) + "."


def article(shape, n, rng):
    if shape == "paragraph":
        return HEAD + sentence(rng, n) + SIGNATURE
    if shape == "paragraphs":
        return HEAD + "\n\n".join(sentence(rng, 60) for _ in range(max(1, n // 60))) + SIGNATURE
    if shape == "lines":
        return HEAD + "\n".join(sentence(rng, 8) for _ in range(max(1, n // 8))) + SIGNATURE
    if shape == "token":
        return HEAD + "Some text here first.\n\n" + "x" * (6 * n) + SIGNATURE
    if shape == "html":
        return ("<html><head><title>Seoul vows</title><meta property='article:published_time' "
                "content='2023-03-14T07:34:00+09:00'></head><body><article><h1>Seoul vows firm response</h1><p>"
                + sentence(rng, n) + "</p></article></body></html>")
    sys.exit("unknown shape: " + shape)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    with open(sys.argv[3], "w", encoding="utf-8") as out:
        out.write(article(sys.argv[1], int(sys.argv[2]), random.Random(3)))

"""The polls and pollAnswers cubes: respondents are distinct over the group, every option
has a row, and rates divide by the distinct users who answered any poll in the group."""

from __future__ import annotations

from tests.gateway.conftest import Api
from tests.gateway.data import POLL_ANSWERS, POLLS
from tests.gateway.expect import Row, approx, groups, keyed, of_partner, ratio, users, where


def poll_metrics(polls: list[Row]) -> dict[str, object]:
    ids = {(p["partner_id"], p["session_id"], p["poll_id"]) for p in polls}
    answers = [a for a in POLL_ANSWERS if (a["partner_id"], a["session_id"], a["poll_id"]) in ids]
    counts = [p["option_count"] for p in polls if p["option_count"] is not None]
    return {
        "pollCount": len(polls),
        "optionCount": sum(counts) if counts else None,
        "respondents": users(answers),
    }


def answer_metrics(answers: list[Row]) -> dict[str, object]:
    chosen = users(answers, lambda a: a["is_chosen"])
    return {"respondents": chosen, "answerRate": ratio(chosen, users(answers))}


def test_polls_per_poll_and_per_session(api: Api) -> None:
    rows = api.rows("polls", "pollId question pollType pollCount optionCount respondents")
    assert keyed(rows, "pollId", "question", "pollType") == {
        key: poll_metrics(group)
        for key, group in groups(of_partner(POLLS, "A"), "poll_id", "question", "poll_type").items()
    }
    by_session = api.rows("polls", "sessionId respondents optionCount")
    assert keyed(by_session, "sessionId") == {
        key: {k: poll_metrics(group)[k] for k in ("respondents", "optionCount")}
        for key, group in groups(of_partner(POLLS, "A"), "session_id").items()
    }
    # s1: u1 answered two polls, u2 and u3 one each: 3 users, not 2 + 2.
    assert keyed(by_session, "sessionId")[("s1",)]["respondents"] == 3


def test_open_ended_has_no_options_and_totals(api: Api) -> None:
    data = api.data("""{ polls(where: {pollType: {eq: OPEN_ENDED}}) {
        rows { pollId optionCount launchedAt } totals { pollCount optionCount respondents } } }""")
    assert data["polls"]["rows"] == [
        {"pollId": "p2", "optionCount": None, "launchedAt": "2026-03-29T00:45:00+00:00"}
    ]
    assert data["polls"]["totals"] == poll_metrics(
        where(of_partner(POLLS, "A"), lambda p: p["poll_type"] == "OPEN_ENDED")
    )
    assert api.rows("polls", "pollCount optionCount respondents") == [
        poll_metrics(of_partner(POLLS, "A"))
    ]


def test_every_option_has_a_row_even_with_no_respondent(api: Api) -> None:
    rows = api.rows("pollAnswers", "pollId answer respondents answerRate")
    expected = {
        key: approx(answer_metrics(group))
        for key, group in groups(of_partner(POLL_ANSWERS, "A"), "poll_id", "answer").items()
    }
    assert keyed(rows, "pollId", "answer") == expected
    assert keyed(rows, "pollId", "answer")[("p1", "No")] == {"respondents": 0, "answerRate": 0.0}
    # Nobody answered p3: 0 respondents and no rate (zero denominator).
    assert keyed(rows, "pollId", "answer")[("p3", "Red")] == {
        "respondents": 0,
        "answerRate": None,
    }
    assert keyed(rows, "pollId", "answer")[("p2", "great")]["respondents"] == 1


def test_answers_by_question_type_and_across_partners(api: Api) -> None:
    rows = api.rows(
        "pollAnswers",
        "question answer respondents answerRate",
        "where: {pollType: {in: [SINGLE_CHOICE, RATING]}}",
    )
    polls = {
        (p["partner_id"], p["poll_id"]): p
        for p in POLLS
        if p["poll_type"] in {"SINGLE_CHOICE", "RATING"}
    }
    answers = [
        {**a, "question": polls[(a["partner_id"], a["poll_id"])]["question"]}
        for a in of_partner(POLL_ANSWERS, "A")
        if (a["partner_id"], a["poll_id"]) in polls
    ]
    assert keyed(rows, "question", "answer") == {
        key: approx(answer_metrics(group))
        for key, group in groups(answers, "question", "answer").items()
    }
    # Admin: A's u1 and B's u1 both answered "Ship it?"; only A's chose Yes.
    admin = api.rows("pollAnswers", "answer answerRate", 'where: {pollId: {eq: "p1"}}', "admin")
    assert keyed(admin, "answer")[("Yes",)] == approx({"answerRate": 2 / 3})

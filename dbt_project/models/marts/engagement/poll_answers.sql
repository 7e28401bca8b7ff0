{{ config(unique_key=['partner_id', 'session_id']) }}

with first_poll_launches as (

    select * from {{ ref('int_poll_launches_first_picked') }} {{ where_affected('sessions') }}

),

final_poll_answers as (

    select * from {{ ref('int_poll_answers_finalized') }} {{ where_affected('sessions') }}

),

offered_answers as (

    select distinct
        partner_id,
        session_id,
        poll_id,
        {{ unnest_list('options') }} as answer

    from first_poll_launches
    where poll_type <> 'OPEN_ENDED'

),

-- Open-ended texts, and any chosen value a choice poll did not offer.
given_answers as (

    select distinct
        partner_id,
        session_id,
        poll_id,
        {{ unnest_list('answers') }} as answer

    from final_poll_answers

),

poll_answer_values as (

    select * from offered_answers
    union
    select * from given_answers

),

-- Every answer value × every respondent; a poll nobody answered keeps a single
-- user-less row per option, so its options still show with 0 respondents.
final as (

    select
        poll_answer_values.partner_id,
        poll_answer_values.session_id,
        poll_answer_values.poll_id,
        poll_answer_values.answer,
        final_poll_answers.user_id,
        coalesce(
            {{ list_has('final_poll_answers.answers', 'poll_answer_values.answer') }}, false
        ) as is_chosen,
        final_poll_answers.answered_at

    from poll_answer_values
    left join final_poll_answers
        on poll_answer_values.partner_id = final_poll_answers.partner_id
        and poll_answer_values.session_id = final_poll_answers.session_id
        and poll_answer_values.poll_id = final_poll_answers.poll_id

)

select * from final

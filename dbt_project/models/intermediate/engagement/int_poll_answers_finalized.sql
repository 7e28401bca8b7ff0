with poll_answers as (

    select * from {{ ref('stg_sessionlens__poll_answers') }}

),

ranked as (

    select
        *,
        row_number() over (
            partition by partner_id, session_id, poll_id, user_id
            order by {{ reverse_event_order() }}
        ) as answer_recency

    from poll_answers

),

-- A user's answer to a poll is their last poll_answered for it: earlier ones are
-- replaced, never merged.
final as (

    select
        partner_id,
        session_id,
        poll_id,
        user_id,
        answers,
        event_at as answered_at

    from ranked
    where answer_recency = 1

)

select * from final

{{ config(unique_key=['partner_id', 'session_id']) }}

with first_poll_launches as (

    select * from {{ ref('int_poll_launches_first_picked') }} {{ where_affected('sessions') }}

),

final_poll_answers as (

    select * from {{ ref('int_poll_answers_finalized') }} {{ where_affected('sessions') }}

),

poll_respondents as (

    select
        partner_id,
        session_id,
        poll_id,
        count(*) as respondents

    from final_poll_answers
    group by partner_id, session_id, poll_id

),

-- A poll can be answered without its launch having arrived (yet).
polls as (

    select partner_id, session_id, poll_id from first_poll_launches
    union
    select partner_id, session_id, poll_id from poll_respondents

),

final as (

    select
        polls.partner_id,
        polls.session_id,
        polls.poll_id,
        first_poll_launches.question,
        first_poll_launches.poll_type,
        first_poll_launches.options,
        case
            when first_poll_launches.poll_type <> 'OPEN_ENDED'
                then {{ list_size('first_poll_launches.options') }}
        end as option_count,
        first_poll_launches.launched_at,
        coalesce(poll_respondents.respondents, 0) as respondents

    from polls
    left join first_poll_launches
        on polls.partner_id = first_poll_launches.partner_id
        and polls.session_id = first_poll_launches.session_id
        and polls.poll_id = first_poll_launches.poll_id
    left join poll_respondents
        on polls.partner_id = poll_respondents.partner_id
        and polls.session_id = poll_respondents.session_id
        and polls.poll_id = poll_respondents.poll_id

)

select * from final

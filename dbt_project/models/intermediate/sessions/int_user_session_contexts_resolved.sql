{%- set context_columns = event_context_columns() %}

with events as (

    select * from {{ ref('stg_sessionlens__events') }}

),

ranked_contextual_events as (

    select
        partner_id,
        session_id,
        user_id,
        {{ context_columns | join(',\n        ') }},
        row_number() over (
            partition by partner_id, session_id, user_id
            order by {{ event_order() }}
        ) as context_number

    from events
    where has_context
        and session_id is not null
        and user_id is not null

),

-- Every context column comes from the same (earliest contextual) event, never mixed.
final as (

    select
        partner_id,
        session_id,
        user_id,
        {{ context_columns | join(',\n        ') }}

    from ranked_contextual_events
    where context_number = 1

)

select * from final

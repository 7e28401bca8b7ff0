{{ config(unique_key=['partner_id', 'session_id']) }}

with error_events as (

    select * from {{ ref('stg_sessionlens__errors') }} {{ where_affected('sessions') }}

),

participants as (

    select * from {{ ref('participants') }} {{ where_affected('sessions') }}

),

final as (

    select
        error_events.partner_id,
        error_events.session_id,
        error_events.event_id,
        error_events.user_id,
        -- Null unless the user joined the session (participants.name is the first join's).
        participants.name,
        error_events.error_type,
        error_events.error_code as code,
        error_events.error_message as message,
        error_events.event_at as occurred_at

    from error_events
    left join participants
        on error_events.partner_id = participants.partner_id
        and error_events.session_id = participants.session_id
        and error_events.user_id = participants.user_id

)

select * from final

{{ config(unique_key=['partner_id', 'session_id']) }}

with live_activity as (

    select * from {{ ref('int_live_activity_ten_seconds_aggregated') }} {{ where_affected('sessions') }}

),

-- The built mart, not its inputs: names come from the first join either way, and
-- this avoids re-deriving every join interval.
participants as (

    select * from {{ ref('participants') }} {{ where_affected('sessions') }}

),

user_contexts as (

    select * from {{ ref('int_user_session_contexts_resolved') }} {{ where_affected('sessions') }}

),

final as (

    select
        live_activity.partner_id,
        live_activity.session_id,
        live_activity.user_id,
        live_activity.ten_seconds_at,
        {{ dbt.date_trunc('minute', 'live_activity.ten_seconds_at') }} as minute_at,
        live_activity.heartbeats,
        live_activity.engaged_heartbeats,
        live_activity.reactions,
        live_activity.chat_messages,
        participants.name,
        user_contexts.country,
        user_contexts.device,
        user_contexts.platform

    from live_activity
    left join participants
        on live_activity.partner_id = participants.partner_id
        and live_activity.session_id = participants.session_id
        and live_activity.user_id = participants.user_id
    left join user_contexts
        on live_activity.partner_id = user_contexts.partner_id
        and live_activity.session_id = user_contexts.session_id
        and live_activity.user_id = user_contexts.user_id

)

select * from final

{{ config(unique_key=['partner_id', 'session_id']) }}

{#-
    Read by both the timeline marts and the per-user engagement totals, so it is
    built once as a table: heartbeats are the bulk of all events. The grain is the
    heartbeat's (one every 10 s); the minute timeline rolls these buckets up.
-#}

with view_heartbeats as (

    select * from {{ ref('stg_sessionlens__view_heartbeats') }} {{ where_affected('sessions') }}

),

reactions as (

    select * from {{ ref('int_reactions_rate_limited') }} {{ where_affected('sessions') }}

),

chat_messages as (

    select * from {{ ref('stg_sessionlens__chat_messages') }} {{ where_affected('sessions') }}

),

live_activities as (

    select
        partner_id,
        session_id,
        user_id,
        event_at,
        'heartbeat' as activity,
        -- A missing flag counts as false, so an incomplete heartbeat is never engaged.
        (coalesce(tab_in_focus, false) or coalesce(fullscreen, false))
        and coalesce(sound_on, false) as is_engaged

    from view_heartbeats

    union all

    select
        partner_id,
        session_id,
        user_id,
        event_at,
        'reaction' as activity,
        false as is_engaged

    from reactions
    where is_counted

    union all

    select
        partner_id,
        session_id,
        user_id,
        event_at,
        'chat_message' as activity,
        false as is_engaged

    from chat_messages

),

final as (

    select
        partner_id,
        session_id,
        user_id,
        {{ ten_seconds_start('event_at') }} as ten_seconds_at,
        count(case when activity = 'heartbeat' then 1 end) as heartbeats,
        count(case when is_engaged then 1 end) as engaged_heartbeats,
        count(case when activity = 'reaction' then 1 end) as reactions,
        count(case when activity = 'chat_message' then 1 end) as chat_messages

    from live_activities
    group by
        partner_id,
        session_id,
        user_id,
        {{ ten_seconds_start('event_at') }}

)

select * from final

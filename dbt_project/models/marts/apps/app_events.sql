{{ config(unique_key=['partner_id', 'user_id']) }}

with app_events as (

    select * from {{ ref('stg_sessionlens__app_events') }} {{ where_affected('app_users') }}

),

-- Counted events only: each carries the id of its app session.
sessionized_events as (

    select * from {{ ref('int_app_events_sessionized') }} {{ where_affected('app_users') }}

),

final as (

    select
        app_events.partner_id,
        app_events.event_id,
        app_events.user_id,
        app_events.event_at,
        app_events.app_event_name as name,
        sessionized_events.app_session_id,
        {{ is_counted_app_event('app_events.source', 'app_events.app_event_name') }}
            as is_counted,
        {{ app_event_excluded_reason('app_events.source', 'app_events.app_event_name') }}
            as excluded_reason,
        app_events.platform,
        app_events.country

    from app_events
    left join sessionized_events
        on app_events.partner_id = sessionized_events.partner_id
        and app_events.event_id = sessionized_events.event_id

)

select * from final

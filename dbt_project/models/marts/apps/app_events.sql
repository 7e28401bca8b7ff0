{{ config(unique_key=['partner_id', 'user_id']) }}

with sessionized_events as (

    select * from {{ ref('int_app_events_sessionized') }} {{ where_affected('app_users') }}

),

final as (

    select
        partner_id,
        event_id,
        user_id,
        event_at,
        name,
        app_session_id

    from sessionized_events

)

select * from final

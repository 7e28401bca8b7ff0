with sessionized_events as (

    select * from {{ ref('int_app_events_sessionized') }}

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

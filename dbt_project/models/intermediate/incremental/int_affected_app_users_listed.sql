{%- set timeout_seconds = var('app_session_timeout_minutes') * 60 %}

-- The app users whose rows this build recomputes, all of them: a late event can merge
-- or split sessions. Users with a new app event (an uncounted one is still a row of
-- app_events), and users whose last session was still open at the previous watermark
-- of a partner whose watermark moves (it may conclude now).
with events as (

    select * from {{ ref('stg_sessionlens__events') }}

),

pending_batches as (

    select * from {{ ref('int_pending_batches_listed') }}

),

watermark_moves as (

    select * from {{ ref('int_partner_watermark_moves_listed') }}

),

app_events as (

    select
        partner_id,
        user_id,
        event_at,
        batch_id in (select batch_id from pending_batches) as is_pending,
        {{ is_counted_app_event('source', 'name') }} as is_counted

    from events
    where event_type = 'app_event'

),

touched_users as (

    select distinct
        partner_id,
        user_id

    from app_events
    where is_pending

),

previous_last_events as (

    select
        partner_id,
        user_id,
        max(event_at) as last_event_at

    from app_events
    where is_counted and not is_pending
    group by partner_id, user_id

),

-- Open: the previous watermark was at most the timeout past the last event.
users_open_at_previous_watermark as (

    select
        previous_last_events.partner_id,
        previous_last_events.user_id

    from previous_last_events
    inner join watermark_moves
        on previous_last_events.partner_id = watermark_moves.partner_id
    where {{ seconds_between(
        'previous_last_events.last_event_at', 'watermark_moves.previous_watermark_at'
    ) }} <= {{ timeout_seconds }}

),

final as (

    select * from touched_users
    union
    select * from users_open_at_previous_watermark

)

select * from final

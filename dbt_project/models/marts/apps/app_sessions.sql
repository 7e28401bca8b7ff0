{{ config(unique_key=['partner_id', 'user_id']) }}

{%- set timeout_seconds = var('app_session_timeout_minutes') * 60 %}

with sessionized_events as (

    select * from {{ ref('int_app_events_sessionized') }} {{ where_affected('app_users') }}

),

watermarks as (

    select * from {{ ref('int_partner_watermarks_computed') }}

),

session_spans as (

    select
        partner_id,
        app_session_id,
        user_id,
        min(event_at) as started_at,
        max(event_at) as ended_at,
        count(*) as event_count

    from sessionized_events
    group by partner_id, app_session_id, user_id

),

ranked_contextual_events as (

    select
        partner_id,
        app_session_id,
        platform,
        country,
        row_number() over (
            partition by partner_id, app_session_id
            order by {{ event_order() }}
        ) as context_number

    from sessionized_events
    where has_context

),

-- Both columns from the same (earliest contextual) event, never mixed.
session_contexts as (

    select
        partner_id,
        app_session_id,
        platform,
        country

    from ranked_contextual_events
    where context_number = 1

),

measured as (

    select
        session_spans.*,
        {{ seconds_between('session_spans.started_at', 'session_spans.ended_at') }}
            as length_seconds,
        -- Concluded once the partner's watermark is more than the timeout past the
        -- last event: no on-time event can extend the session any more.
        {{ seconds_between('session_spans.ended_at', 'watermarks.watermark_at') }}
            > {{ timeout_seconds }} as is_concluded

    from session_spans
    inner join watermarks
        on session_spans.partner_id = watermarks.partner_id

),

final as (

    select
        measured.partner_id,
        measured.app_session_id,
        measured.user_id,
        measured.started_at,
        measured.ended_at,
        measured.length_seconds,
        measured.event_count,
        case when measured.is_concluded then 'CONCLUDED' else 'OPEN' end as status,
        case when measured.is_concluded then measured.ended_at end as concluded_at,
        case
            when measured.length_seconds < 10 then '0-10s'
            when measured.length_seconds < 30 then '10-30s'
            when measured.length_seconds < 60 then '30-60s'
            when measured.length_seconds < 180 then '1-3m'
            when measured.length_seconds < 600 then '3-10m'
            when measured.length_seconds < 1800 then '10-30m'
            else '30m+'
        end as length_bucket,
        session_contexts.platform,
        session_contexts.country

    from measured
    left join session_contexts
        on measured.partner_id = session_contexts.partner_id
        and measured.app_session_id = session_contexts.app_session_id

)

select * from final

with events as (

    select * from {{ ref('stg_sessionlens__events') }}

),

session_starts as (

    select * from {{ ref('stg_sessionlens__session_starts') }}

),

session_ends as (

    select * from {{ ref('stg_sessionlens__session_ends') }}

),

watermarks as (

    select * from {{ ref('int_partner_watermarks_computed') }}

),

session_first_events as (

    select
        partner_id,
        session_id,
        min(event_at) as first_event_at

    from events
    where session_id is not null
    group by partner_id, session_id

),

ranked_session_starts as (

    select
        *,
        row_number() over (
            partition by partner_id, session_id
            order by {{ event_order() }}
        ) as start_number

    from session_starts

),

first_session_starts as (

    select
        partner_id,
        session_id,
        event_at as started_at,
        meeting_id,
        title,
        recording_id

    from ranked_session_starts
    where start_number = 1

),

first_session_ends as (

    select
        partner_id,
        session_id,
        min(event_at) as ended_at

    from session_ends
    group by partner_id, session_id

),

final as (

    select
        session_first_events.partner_id,
        session_first_events.session_id,
        first_session_starts.meeting_id,
        first_session_starts.title,
        first_session_starts.recording_id,
        coalesce(
            first_session_starts.started_at, session_first_events.first_event_at
        ) as started_at,
        first_session_ends.ended_at,
        first_session_ends.ended_at is not null as is_ended,
        watermarks.watermark_at,
        -- Where anything still open in the session stops: its end, or while it is
        -- ongoing, the partner's watermark.
        coalesce(first_session_ends.ended_at, watermarks.watermark_at) as effective_end_at

    from session_first_events
    inner join watermarks
        on session_first_events.partner_id = watermarks.partner_id
    left join first_session_starts
        on session_first_events.partner_id = first_session_starts.partner_id
        and session_first_events.session_id = first_session_starts.session_id
    left join first_session_ends
        on session_first_events.partner_id = first_session_ends.partner_id
        and session_first_events.session_id = first_session_ends.session_id

)

select * from final

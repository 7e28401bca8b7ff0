-- A table, not a view: both app marts and the tests read it, and sessionizing (a sort
-- of every counted event) should run once per build, for the affected users only.
{{ config(unique_key=['partner_id', 'user_id']) }}

{%- set timeout_seconds = var('app_session_timeout_minutes') * 60 %}

with app_events as (

    select * from {{ ref('stg_sessionlens__app_events') }} {{ where_affected('app_users') }}

),

counted_events as (

    -- Only the columns app sessions need: window functions carry every column through
    -- their sort, so a narrow row keeps sessionizing cheap.
    select
        partner_id,
        event_id,
        user_id,
        event_at,
        source_file,
        line_number,
        app_event_name,
        has_context,
        platform,
        country

    from app_events
    where {{ is_counted_app_event() }}

),

with_previous as (

    select
        *,
        lag(event_at) over (
            partition by partner_id, user_id
            order by {{ event_order() }}
        ) as previous_event_at

    from counted_events

),

-- A gap of exactly the timeout stays in the session; only a longer one splits it.
session_starts_flagged as (

    select
        *,
        case
            when previous_event_at is null then 1
            when {{ seconds_between('previous_event_at', 'event_at') }} > {{ timeout_seconds }}
                then 1
            else 0
        end as starts_session

    from with_previous

),

-- Both running aggregates share one window (identical specs are computed together).
-- Events are ordered by time first, so the latest session-opening time so far is the
-- current session's start.
numbered as (

    select
        *,
        sum(starts_session) over (
            partition by partner_id, user_id
            order by {{ event_order() }}
            rows between unbounded preceding and current row
        ) as user_session_number,
        max(case when starts_session = 1 then event_at end) over (
            partition by partner_id, user_id
            order by {{ event_order() }}
            rows between unbounded preceding and current row
        ) as session_started_at

    from session_starts_flagged

),

final as (

    select
        partner_id,
        event_id,
        user_id,
        event_at,
        source_file,
        line_number,
        app_event_name as name,
        user_session_number,
        -- Named by partner, user and start time rather than by ordinal, so a late
        -- event that opens an earlier session does not renumber the later ones.
        {{ dbt.hash(dbt.concat([
            'partner_id', "'|'", 'user_id', "'|'",
            timestamp_text('session_started_at'),
        ])) }} as app_session_id,
        has_context,
        platform,
        country

    from numbered

)

select * from final

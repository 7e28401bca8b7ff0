with participant_joins as (

    select * from {{ ref('stg_sessionlens__participant_joins') }}

),

participant_leaves as (

    select * from {{ ref('stg_sessionlens__participant_leaves') }}

),

session_bounds as (

    select * from {{ ref('int_session_bounds_resolved') }}

),

membership_events as (

    select
        partner_id,
        session_id,
        user_id,
        event_id,
        event_at,
        source_file,
        line_number,
        true as is_join

    from participant_joins

    union all

    select
        partner_id,
        session_id,
        user_id,
        event_id,
        event_at,
        source_file,
        line_number,
        false as is_join

    from participant_leaves

),

sequenced as (

    select
        *,
        lag(is_join) over (
            partition by partner_id, session_id, user_id
            order by {{ event_order() }}
        ) as previous_is_join

    from membership_events

),

-- After any join the user is joined and after any leave they are not, whether or
-- not that event was ignored. So an event counts exactly when it changes the state
-- its predecessor left: a join after a leave (or first), a leave after a join.
state_changes as (

    select *
    from sequenced
    where is_join <> coalesce(previous_is_join, false)

),

-- State changes alternate join, leave, join, ...: each join's interval is closed
-- by the change right after it, if any.
paired as (

    select
        partner_id,
        session_id,
        user_id,
        event_id as join_event_id,
        is_join,
        event_at as joined_at,
        lead(event_at) over (
            partition by partner_id, session_id, user_id
            order by {{ event_order() }}
        ) as left_at,
        row_number() over (
            partition by partner_id, session_id, user_id, is_join
            order by {{ event_order() }}
        ) as user_join_number,
        row_number() over (
            partition by partner_id, session_id, is_join
            order by {{ event_order() }}
        ) as session_join_number

    from state_changes

),

intervals as (

    select
        paired.partner_id,
        paired.session_id,
        paired.user_id,
        paired.join_event_id,
        paired.user_join_number,
        paired.session_join_number,
        paired.joined_at,
        paired.left_at,
        coalesce(paired.left_at, session_bounds.effective_end_at) as closed_at

    from paired
    inner join session_bounds
        on paired.partner_id = session_bounds.partner_id
        and paired.session_id = session_bounds.session_id
    where paired.is_join

),

final as (

    select
        intervals.partner_id,
        intervals.session_id,
        intervals.user_id,
        intervals.join_event_id,
        intervals.user_join_number,
        intervals.session_join_number,
        intervals.joined_at,
        intervals.left_at,
        intervals.closed_at,
        -- A join after the session ended, never followed by a leave, is empty.
        greatest({{ seconds_between('intervals.joined_at', 'intervals.closed_at') }}, 0)
            as interval_seconds,
        participant_joins.name,
        participant_joins.job_title,
        participant_joins.company,
        participant_joins.industry,
        participant_joins.role,
        participant_joins.connect_ms

    from intervals
    inner join participant_joins
        on intervals.partner_id = participant_joins.partner_id
        and intervals.join_event_id = participant_joins.event_id

)

select * from final

-- Every session row carries its partner's watermark, so after the affected sessions
-- are replaced, the others of a partner whose watermark moved get the new one too.
-- A build that writes every session (a full one, or any on Spark, where the marts are
-- tables) has nothing to update.
-- depends_on: {{ ref('int_partner_watermarks_computed') }}
{{
    config(
        unique_key=['partner_id', 'session_id'],
        post_hook="""
            {% if is_incremental() %}
            update {{ this }} as sessions
            set watermark_at = watermarks.watermark_at
            from {{ ref('int_partner_watermarks_computed') }} as watermarks
            where sessions.partner_id = watermarks.partner_id
                and sessions.watermark_at <> watermarks.watermark_at
            {% endif %}
        """
    )
}}

with session_bounds as (

    select * from {{ ref('int_session_bounds_resolved') }} {{ where_affected('sessions') }}

),

join_intervals as (

    select * from {{ ref('int_join_intervals_paired') }} {{ where_affected('sessions') }}

),

session_participants as (

    select * from {{ ref('int_session_participants_aggregated') }} {{ where_affected('sessions') }}

),

session_services as (

    select * from {{ ref('int_session_services_flagged') }} {{ where_affected('sessions') }}

),

initiating_joins as (

    select
        partner_id,
        session_id,
        connect_ms as initiating_ms

    from join_intervals
    where session_join_number = 1

),

participant_totals as (

    select
        partner_id,
        session_id,
        count(*) as unique_participants,
        sum(participant_minutes) as participant_minutes

    from session_participants
    group by partner_id, session_id

),

final as (

    select
        session_bounds.partner_id,
        session_bounds.session_id,
        session_bounds.meeting_id,
        session_bounds.title,
        session_bounds.recording_id,
        case when session_bounds.is_ended then 'ENDED' else 'ONGOING' end as status,
        session_bounds.started_at,
        session_bounds.ended_at,
        {{ seconds_between('session_bounds.started_at', 'session_bounds.effective_end_at') }}
            / 60.0 as duration_minutes,
        initiating_joins.initiating_ms,
        coalesce(participant_totals.unique_participants, 0) as unique_participants,
        coalesce(participant_totals.participant_minutes, 0) as participant_minutes,
        coalesce(session_services.has_recording, false) as has_recording,
        coalesce(session_services.has_hls, false) as has_hls,
        coalesce(session_services.has_rtmp, false) as has_rtmp,
        session_bounds.watermark_at

    from session_bounds
    left join initiating_joins
        on session_bounds.partner_id = initiating_joins.partner_id
        and session_bounds.session_id = initiating_joins.session_id
    left join participant_totals
        on session_bounds.partner_id = participant_totals.partner_id
        and session_bounds.session_id = participant_totals.session_id
    left join session_services
        on session_bounds.partner_id = session_services.partner_id
        and session_bounds.session_id = session_services.session_id

)

select * from final

{{ config(unique_key=['partner_id', 'session_id']) }}

with user_engagements as (

    select * from {{ ref('int_session_user_engagements_aggregated') }} {{ where_affected('sessions') }}

),

session_participants as (

    select * from {{ ref('int_session_participants_aggregated') }} {{ where_affected('sessions') }}

),

user_contexts as (

    select * from {{ ref('int_user_session_contexts_resolved') }} {{ where_affected('sessions') }}

),

-- Everyone who joined, watched live (a heartbeat) or started a recording play.
session_users as (

    select *
    from user_engagements
    where joins > 0 or heartbeats > 0 or recording_plays > 0

),

final as (

    select
        session_users.partner_id,
        session_users.session_id,
        session_users.user_id,
        session_participants.name,
        session_participants.job_title,
        session_participants.company,
        session_participants.industry,
        upper(session_participants.role) as role,
        session_participants.user_id is not null as is_participant,
        session_users.heartbeats > 0 as is_live_viewer,
        session_users.recording_plays > 0 as is_recording_viewer,
        session_users.heartbeats > 0 or session_users.recording_plays > 0 as is_viewer,
        session_participants.joined_at,
        session_participants.left_at,
        coalesce(session_participants.participant_minutes, 0) as participant_minutes,
        session_participants.connect_ms,
        coalesce(session_participants.join_count, 0) as join_count,
        session_users.heartbeats,
        session_users.engaged_heartbeats,
        -- Each heartbeat stands for the 10 seconds of live viewing it reports.
        cast(session_users.heartbeats * 10 as double) / 60 as live_minutes_viewed,
        cast(session_users.engaged_heartbeats as double)
        / nullif(session_users.heartbeats, 0) as live_engagement_rate,
        session_users.recording_plays,
        session_users.recording_seconds_viewed / 60 as recording_minutes_viewed,
        (session_users.heartbeats * 10 + session_users.recording_seconds_viewed) / 60
            as minutes_viewed,
        session_users.reactions,
        session_users.chat_messages,
        session_users.polls_answered,
        session_users.qa_threads,
        session_users.attachment_downloads,
        session_users.hands_raised,
        {% for column in event_context_columns() -%}
        user_contexts.{{ column }}{{ "," if not loop.last }}
        {% endfor %}
    from session_users
    left join session_participants
        on session_users.partner_id = session_participants.partner_id
        and session_users.session_id = session_participants.session_id
        and session_users.user_id = session_participants.user_id
    left join user_contexts
        on session_users.partner_id = user_contexts.partner_id
        and session_users.session_id = user_contexts.session_id
        and session_users.user_id = user_contexts.user_id

)

select * from final

with session_participants as (

    select * from {{ ref('int_session_participants_aggregated') }}

),

user_contexts as (

    select * from {{ ref('int_user_session_contexts_resolved') }}

),

final as (

    select
        session_participants.partner_id,
        session_participants.session_id,
        session_participants.user_id,
        session_participants.name,
        session_participants.job_title,
        session_participants.company,
        session_participants.industry,
        session_participants.role,
        session_participants.joined_at,
        session_participants.left_at,
        session_participants.participant_minutes,
        session_participants.connect_ms,
        session_participants.join_count,
        {% for column in event_context_columns() -%}
        user_contexts.{{ column }}{{ "," if not loop.last }}
        {% endfor %}
    from session_participants
    left join user_contexts
        on session_participants.partner_id = user_contexts.partner_id
        and session_participants.session_id = user_contexts.session_id
        and session_participants.user_id = user_contexts.user_id

)

select * from final

with events as (

    select * from {{ ref('stg_sessionlens__events') }}

)

select
    {{ event_envelope_columns() | join(', ') }},
    meeting_id,
    title,
    recording_id
from events
where event_type = 'session_started'

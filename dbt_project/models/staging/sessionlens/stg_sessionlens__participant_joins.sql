with events as (

    select * from {{ ref('stg_sessionlens__events') }}

)

select
    {{ event_envelope_columns() | join(', ') }},
    name,
    job_title,
    company,
    industry,
    role,
    connect_ms
from events
where event_type = 'participant_joined'

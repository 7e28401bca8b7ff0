with events as (

    select * from {{ ref('stg_sessionlens__events') }}

)

select
    {{ event_envelope_columns() | join(', ') }},
    poll_id,
    answers
from events
where event_type = 'poll_answered'
